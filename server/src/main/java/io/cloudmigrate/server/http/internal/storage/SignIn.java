package io.cloudmigrate.server.http.internal.storage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A sign-in at the token endpoint: who signed in (the request itself is anonymous, so the audit log
 * would not know), and the tokens to answer with, which the log never keeps.
 *
 * @param answer the OAuth 2.0 token response, in the order its members are sent
 */
public record SignIn(String user, Map<String, Object> answer)
        implements Audited
{
    public SignIn
    {
        requireNonNull(user, "user is null");
        answer = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(answer, "answer is null")));
    }

    @Override
    public String toString()
    {
        return "SignIn[user=" + user + "]";
    }
}
