package org.vfmigrate.backend.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.vfmigrate.backend.process.EngineApi;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.Xml;

/**
 * Looks for lost updates: round after round, two clients update one object at the same moment through two engines
 * (each PUT names only its own field; the engine merges it onto the stored object). Either they change different
 * fields — then afterwards each field must hold what its writer was last told was stored (a write answered 200 and
 * then overwritten by a writer that had not seen it would be a lost update), and a field whose write was refused must
 * be unchanged — or they change the same field, and then it must hold one of the values answered 200 (both refused
 * is a failure too: nothing else writes the object). Only 200 and a clean 409 are acceptable answers.
 */
final class LostUpdateProbe {

    /** A field of the object: how a PUT body sets it, where a GET shows it, and its value in a given round. */
    record Field(String name, String root, String element, String shownAt, IntFunction<String> valueInRound) {

        String body(String value) {
            return "<" + root + "><" + element + ">" + value + "</" + element + "></" + root + ">";
        }
    }

    private final String what;
    private final String path;
    private final Field first;
    private final Field second;
    private final Answers answers;
    private final List<String> problems = new ArrayList<>();
    private String expectedFirst;
    private String expectedSecond;
    private int rounds;

    LostUpdateProbe(String what, String path, Field first, Field second, Answers answers, ApiClient reader) {
        this.what = what;
        this.path = EngineApi.ROOT + path;
        this.first = first;
        this.second = second;
        this.answers = answers;
        Xml now = read(reader);
        expectedFirst = now.text(first.shownAt());
        expectedSecond = now.text(second.shownAt());
    }

    /** One round, the fields chosen by {@code random}: {@code a} writes through one engine, {@code b} the other. */
    void round(Race race, ApiClient a, ApiClient b, Random random) {
        int round = ++rounds;
        boolean sameField = random.nextInt(3) == 0;
        String valueA = first.valueInRound().apply(2 * round);
        Field fieldB = sameField ? first : second;
        String valueB = fieldB.valueInRound().apply(2 * round + 1);
        String kind = what + (sameField ? " same field" : " two fields");
        Race.Pair answered = race.run(kind, () -> a.put(path, first.body(valueA)),
                kind, () -> b.put(path, fieldB.body(valueB)));
        answers.record(kind + " " + answered.statuses());
        for (int code : new int[] {Race.Pair.code(answered.a()), Race.Pair.code(answered.b())}) {
            if (code != 200 && code != 409) {
                problems.add(kind + " round " + round + ": answer " + code + " (only 200 or 409 are acceptable)");
            }
        }
        Xml now = read(a);
        String gotFirst = now.text(first.shownAt());
        String gotSecond = now.text(second.shownAt());
        boolean aStored = Race.Pair.code(answered.a()) == 200;
        boolean bStored = Race.Pair.code(answered.b()) == 200;
        if (sameField) {
            List<String> allowed = new ArrayList<>();
            if (aStored) {
                allowed.add(valueA);
            }
            if (bStored) {
                allowed.add(valueB);
            }
            if (allowed.isEmpty()) {
                problems.add(kind + " round " + round + ": neither of two conflicting updates was stored");
                allowed.add(expectedFirst);
            }
            expect(round, first, allowed, gotFirst);
            expect(round, second, List.of(expectedSecond), gotSecond);
        } else {
            expect(round, first, List.of(aStored ? valueA : expectedFirst), gotFirst);
            expect(round, second, List.of(bStored ? valueB : expectedSecond), gotSecond);
        }
        expectedFirst = gotFirst;
        expectedSecond = gotSecond;
    }

    int rounds() {
        return rounds;
    }

    List<String> problems() {
        return problems;
    }

    private void expect(int round, Field field, List<String> allowed, String got) {
        if (!allowed.contains(got)) {
            problems.add(what + " round " + round + ": " + field.name() + " is '" + got + "', expected "
                    + (allowed.size() == 1 ? "'" + allowed.get(0) + "'" : "one of " + allowed) + " (lost update)");
        }
    }

    private Xml read(ApiClient client) {
        var r = client.get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return Xml.parse(r.body());
    }
}
