package org.vfmigrate.backend.restapi.hostile;

import java.util.Map;
import java.util.Set;

/**
 * One generated request meant to be refused: which family of attack and which variant it is, what it targets,
 * exactly what is sent, and the statuses a correct engine may answer.
 *
 * @param chunked send the body without a length, in chunks, so only reading it shows its size
 */
record HostileRequest(int number, Family family, String variant, Endpoint endpoint, String method, String path,
        Map<String, String> headers, byte[] body, boolean chunked, Set<Integer> expected) {

    /** The families of attack, each with the answer every request of it must get. */
    enum Family {
        /** Missing, wrong, forged, expired or garbled credentials: 401. */
        AUTH,
        /** The read-only user writing, or reading what only administrators may: 403. */
        READ_ONLY,
        /** Well-formed ids of nothing, or of something of another kind: 404. */
        UNKNOWN_ID,
        /** Ids that are not ids at all: 400 (or 404 where the path no longer matches a resource). */
        MALFORMED_ID,
        /** Bodies that are not a document of the expected kind: 400, or 413 when too large. */
        BAD_BODY,
        /** Well-formed bodies with one value the engine must refuse: 400. */
        BAD_VALUE,
        /** A body in a media type the endpoint does not read: 415. */
        CONTENT_TYPE,
        /** A method the path does not serve: 405. */
        WRONG_METHOD,
        /** Bad query parameters: 400. */
        BAD_QUERY,
        /** An Accept header nothing can satisfy: 406. */
        BAD_ACCEPT,
        /** Paths the API does not have: 404. */
        UNKNOWN_PATH,
        /** Bad forms, grants and credentials at the SSO token endpoint. */
        TOKEN
    }

    /** One line naming the request, for failure messages. */
    String describe() {
        String shownPath = path.length() <= 160 ? path : path.substring(0, 160) + "…(" + path.length() + " chars)";
        return "#" + number + " " + family + "/" + variant + " " + method + " " + shownPath
                + (body == null ? "" : " [" + body.length + " byte body" + (chunked ? ", chunked" : "") + "]");
    }
}
