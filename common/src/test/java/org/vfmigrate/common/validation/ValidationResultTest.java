package org.vfmigrate.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vfmigrate.common.errors.EngineMessage;

class ValidationResultTest {

    private static final EngineMessage MSG = EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED;

    @Test
    void whenAndUnlessReadLikeTheRule() {
        assertThat(ValidationResult.failWith(MSG).when(true).getMessage()).isEqualTo(MSG);
        assertThat(ValidationResult.failWith(MSG).when(false)).isSameAs(ValidationResult.VALID);
        assertThat(ValidationResult.failWith(MSG).unless(true).isValid()).isTrue();
        assertThat(ValidationResult.failWith(MSG).unless(false).isValid()).isFalse();
    }

    @Test
    void variablesComeInPairsAndAreKept() {
        ValidationResult r = ValidationResult.failWith(MSG, "A", "1", "B", "2");
        assertThat(r.getVariables()).containsExactly(java.util.Map.entry("A", "1"), java.util.Map.entry("B", "2"));
        assertThatThrownBy(() -> ValidationResult.failWith(MSG, "A")).isInstanceOf(IllegalArgumentException.class);
    }
}
