package org.vfmigrate.common.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.validation.ValidationResult;

class MessageRendererTest {

    @Test
    void actionAndTypeComeFromTheActionAndOtherPlaceholdersFromTheFailure() {
        ValidationResult failure = ValidationResult.failWith(
                EngineMessage.ACTION_TYPE_FAILED_UPDATE_OF_FAILOVER_PROFILE_IS_NOT_SUPPORTED,
                "ENTITIES_USING_FAILOVER", "vf1, vf2");

        assertThat(MessageRenderer.render(failure, ActionType.UPDATE_VNIC_PROFILE))
                .isEqualTo("Cannot edit VM network interface profile. Profile is selected as failover for: vf1, vf2.");
    }

    @Test
    void verbsAndTypesFollowTheSpec() {
        ValidationResult failure = ValidationResult.failWith(EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED);
        assertThat(MessageRenderer.render(failure, ActionType.ADD_NETWORK))
                .isEqualTo("Cannot add Network. The name is already in use.");
        assertThat(MessageRenderer.render(failure, ActionType.REMOVE_DATA_CENTER))
                .startsWith("Cannot remove Data Center.");
    }

    @Test
    void aPlaceholderWithoutValueStaysVisibleAndValuesAreNotReinterpreted() {
        assertThat(MessageRenderer.substitute("a ${X} b ${Y}", Map.of("X", "$1 ${Y}")))
                .isEqualTo("a $1 ${Y} b ${Y}");
    }
}
