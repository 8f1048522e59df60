package org.vfmigrate.backend.restapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Reads JSON text as Jackson does and refuses what XML 1.0 cannot carry: NUL and the other control characters
 * (but tab, line feed and carriage return), unpaired surrogates, U+FFFE and U+FFFF. The XML reader refuses them
 * anyway; JSON could smuggle them in as escapes (backslash, u, 0000), and the database or the next XML answer
 * would then break on them.
 */
final class ApiTextDeserializer extends StdScalarDeserializer<String> {

    ApiTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = StringDeserializer.instance.deserialize(p, ctxt);
        int bad = text == null ? -1 : FaultText.firstUnsafe(text);
        if (bad >= 0) {
            throw new InvalidFormatException(p, "holds " + FaultText.codeOf(text, bad)
                    + ", a character API text may not contain", FaultText.quoted(text), String.class);
        }
        return text;
    }
}
