package org.vfmigrate.backend.restapi.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Bodies that are not a document of the kind an endpoint reads: broken or truncated XML and JSON, invalid byte
 * sequences, the wrong root, DTDs with external entities or entity expansion (billion laughs, quadratic blow-up),
 * nesting far deeper than any API document, and bodies over the engine's size limit, declared or chunked. Every
 * one must be refused before the request does anything; only variants that no lenient parser could read as an
 * empty action are used on action endpoints, since an empty action is a valid request.
 */
final class HostileBodies {

    /** The engine's limit on request bodies (RequestSizeLimitFilter). */
    static final int LIMIT = 1024 * 1024;

    static final String XML = "application/xml";
    static final String JSON = "application/json";

    /** One body: what it is, its media type, its bytes, and the status it must get. */
    record Body(String variant, String contentType, byte[] bytes, boolean chunked, int expected) {
    }

    private record Variant(String name, boolean forActions, Function<Gen, Body> make) {
    }

    /** What a variant needs: the random source and the root element (or JSON key) of the endpoint's documents. */
    private record Gen(Random random, String root) {

        Body xml(String name, String text) {
            return new Body(name, XML, text.getBytes(UTF_8), false, 400);
        }

        Body json(String name, String text) {
            return new Body(name, JSON, text.getBytes(UTF_8), false, 400);
        }
    }

    private static final List<Variant> VARIANTS = List.of(
            new Variant("truncated-xml", true, g -> g.xml("truncated-xml", truncate(g.random(),
                    "<" + g.root() + "><name>bad name</name><description>d</description></" + g.root() + ">"))),
            new Variant("mismatched-tags", true, g -> g.xml("mismatched-tags",
                    "<" + g.root() + "><name>x</" + g.root() + "></name>")),
            new Variant("garbage-bytes", true, g -> {
                byte[] bytes = new byte[1 + g.random().nextInt(4000)];
                g.random().nextBytes(bytes);
                bytes[0] = (byte) (0x80 | bytes[0]);
                return new Body("garbage-bytes", g.random().nextBoolean() ? XML : JSON, bytes, false, 400);
            }),
            new Variant("invalid-utf8", true, g -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                boolean json = g.random().nextBoolean();
                out.writeBytes((json ? "{\"name\":\"" : "<" + g.root() + "><name>").getBytes(UTF_8));
                out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0,
                        (byte) 0x80});
                out.writeBytes((json ? "\"}" : "</name></" + g.root() + ">").getBytes(UTF_8));
                return new Body("invalid-utf8", json ? JSON : XML, out.toByteArray(), false, 400);
            }),
            new Variant("wrong-root", true, g -> {
                String root = HostileStrings.pick(g.random(), List.of("host", "hosts", "vm", "vms", "fault", "api",
                        "nic", "cluster", "simulation", "vnic_profile").stream().filter(r -> !r.equals(g.root())).toList());
                return g.xml("wrong-root", "<" + root + "><name>bad name</name></" + root + ">");
            }),
            new Variant("xxe-file", true, g -> g.xml("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE " + g.root()
                    + " [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><" + g.root() + "><name>&x;</name></" + g.root() + ">")),
            new Variant("xxe-url", true, g -> g.xml("xxe-url", "<!DOCTYPE " + g.root()
                    + " [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]><" + g.root() + "><name>&x;</name></" + g.root() + ">")),
            new Variant("xxe-parameter", true, g -> g.xml("xxe-parameter", "<!DOCTYPE " + g.root()
                    + " [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]><" + g.root() + "/>")),
            new Variant("external-dtd", true, g -> g.xml("external-dtd", "<!DOCTYPE " + g.root()
                    + " SYSTEM \"http://127.0.0.1:9/evil.dtd\"><" + g.root() + "/>")),
            new Variant("billion-laughs", true, g -> g.xml("billion-laughs", billionLaughs(g.root()))),
            new Variant("quadratic-blowup", true, g -> g.xml("quadratic-blowup", "<!DOCTYPE " + g.root()
                    + " [<!ENTITY a \"" + "a".repeat(40_000) + "\">]><" + g.root() + "><name>"
                    + "&a;".repeat(2_000) + "</name></" + g.root() + ">")),
            new Variant("xinclude", false, g -> g.xml("xinclude", "<" + g.root()
                    + " xmlns:xi=\"http://www.w3.org/2001/XInclude\"><name>bad name<xi:include href=\"file:///etc/passwd\" "
                    + "parse=\"text\"/></name></" + g.root() + ">")),
            new Variant("deep-xml", true, g -> {
                int depth = 150 + g.random().nextInt(60_000);
                return g.xml("deep-xml", "<" + g.root() + ">" + "<a>".repeat(depth) + "</a>".repeat(depth)
                        + "</" + g.root() + ">");
            }),
            new Variant("deep-json", true, g -> {
                int depth = 150 + g.random().nextInt(100_000);
                return g.random().nextBoolean()
                        ? g.json("deep-json", "{\"x\":".repeat(depth) + "1" + "}".repeat(depth))
                        : g.json("deep-json", "{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
            }),
            new Variant("encoding-lie", false, g -> g.xml("encoding-lie", "<?xml version=\"1.0\" encoding=\""
                    + HostileStrings.pick(g.random(), List.of("UTF-16", "EBCDIC-ZZ", "UTF-32BE", "x")) + "\"?><"
                    + g.root() + "><name>bad name</name></" + g.root() + ">")),
            new Variant("no-root", true, g -> g.xml("no-root", "<?xml version=\"1.0\"?><!-- only a comment --><?pi x?>")),
            new Variant("truncated-json", true, g -> g.json("truncated-json",
                    truncate(g.random(), "{\"name\":\"bad name\",\"description\":\"d\"}"))),
            new Variant("trailing-garbage", true, g -> g.json("trailing-garbage", "{\"name\":\"bad name\"} {")),
            new Variant("json-comments", true, g -> g.json("json-comments", "/* c */ {\"name\": \"bad name\"}")),
            new Variant("single-quotes", true, g -> g.json("single-quotes", "{'name': 'bad name'}")),
            new Variant("json-nan", true, g -> g.json("json-nan", "{\"memory\": NaN, \"host\": Infinity}")),
            new Variant("json-array-root", true, g -> g.json("json-array-root", "[{\"name\": \"bad name\"}]")),
            new Variant("json-scalar-root", true, g -> g.json("json-scalar-root",
                    HostileStrings.pick(g.random(), List.of("\"vm\"", "42", "true", "-0.0e-0")))),
            new Variant("wrong-types", true, g -> g.json("wrong-types", HostileStrings.pick(g.random(),
                    "action".equals(g.root()) ? List.of("{\"host\": \"h1\"}", "{\"host\": [1, 2]}", "{\"vm\": 5}",
                            "{\"status\": {\"a\": 1}}", "{\"vm\": {\"placement_policy\": \"x\"}}", "{\"host\": true}")
                            : List.of("{\"name\": {\"first\": 1}}", "{\"name\": [\"a\", \"b\"]}",
                                    "{\"description\": {\"x\": 1}}", "{\"id\": [1]}", "{\"href\": {}}",
                                    "{\"name\": \"bad name\", \"description\": [null]}")))),
            new Variant("json-in-xml", true, g -> g.xml("json-in-xml", "{\"name\": \"bad name\"}")),
            new Variant("xml-in-json", true, g -> g.json("xml-in-json", "<" + g.root() + "/>")),
            new Variant("huge-declared", true, g -> huge(g, false)),
            new Variant("huge-chunked", true, g -> huge(g, true)));

    private HostileBodies() {
    }

    /** A broken body for an endpoint whose documents have {@code root} as their root element. */
    static Body any(Random random, Endpoint endpoint) {
        boolean action = endpoint.body() == Endpoint.BodyKind.ACTION
                || endpoint.body() == Endpoint.BodyKind.ACTION_NAMING_HOST;
        List<Variant> usable = VARIANTS.stream().filter(v -> v.forActions() || !action).toList();
        Variant v = HostileStrings.pick(random, usable);
        return v.make().apply(new Gen(random, endpoint.root()));
    }

    private static Body huge(Gen g, boolean chunked) {
        int size = LIMIT + 1 + g.random().nextInt(800_000);
        String name = chunked ? "huge-chunked" : "huge-declared";
        boolean json = g.random().nextBoolean();
        String head = json ? "{\"name\":\"bad name\",\"description\":\""
                : "<" + g.root() + "><name>bad name</name><description>";
        String tail = json ? "\"}" : "</description></" + g.root() + ">";
        StringBuilder text = new StringBuilder(size).append(head);
        text.append("x".repeat(size - head.length() - tail.length())).append(tail);
        return new Body(name, json ? JSON : XML, text.toString().getBytes(UTF_8), chunked, 413);
    }

    private static String billionLaughs(String root) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]><").append(root).append("><name>&lol10;</name></").append(root).append(">").toString();
    }

    private static String truncate(Random random, String document) {
        return document.substring(0, 1 + random.nextInt(document.length() - 2));
    }
}
