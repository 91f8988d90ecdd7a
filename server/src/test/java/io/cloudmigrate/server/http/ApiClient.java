package io.cloudmigrate.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.JsonDocuments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Real HTTP against a started server, with JSON answers read as trees; signed in, every request
 * carries the access token (unless the request names its own Authorization).
 */
final class ApiClient
{
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String accessToken;

    /** A client without a token. */
    ApiClient(URI base)
    {
        this(base, null);
    }

    private ApiClient(URI base, String accessToken)
    {
        this.base = base;
        this.accessToken = accessToken;
    }

    /** A client signed in with a password at the token endpoint. */
    ApiClient signIn(String user, String password)
    {
        Answer answer = post("/api/v1/auth/token", "{\"grant_type\": \"password\", \"username\": \"" + user + "\", \"password\": \"" + password + "\"}");
        if (answer.status() != 200) {
            throw new AssertionError("cannot sign in as " + user + ": " + answer.status() + " " + answer.body());
        }
        return withToken(answer.json().path("access_token").asText());
    }

    ApiClient withToken(String token)
    {
        return new ApiClient(base, token);
    }

    ApiClient anonymous()
    {
        return new ApiClient(base, null);
    }

    /** An answer: status, headers and the body as text and, when it is JSON, as a tree. */
    record Answer(int status, HttpResponse<String> response)
    {
        JsonNode json()
        {
            try {
                return JsonDocuments.mapper().readTree(response.body());
            }
            catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + response.body(), e);
            }
        }

        String header(String name)
        {
            return response.headers().firstValue(name).orElse(null);
        }

        String body()
        {
            return response.body();
        }
    }

    Answer get(String path)
    {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Answer delete(String path)
    {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    Answer post(String path, String json)
    {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json)
    {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer upload(byte[] archive, String mediaType)
    {
        return send(HttpRequest.newBuilder(uri("/api/v1/uploads")).header("Content-Type", mediaType).POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
    }

    /** A GET whose body is read as bytes (zips, PDFs). */
    HttpResponse<byte[]> bytes(String path)
    {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
            if (accessToken != null) {
                request.header("Authorization", "Bearer " + accessToken);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    Answer send(HttpRequest.Builder request)
    {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
            if (accessToken != null && built.headers().firstValue("Authorization").isEmpty()) {
                built = HttpRequest.newBuilder(built, (name, value) -> true).header("Authorization", "Bearer " + accessToken).build();
            }
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    URI uri(String path)
    {
        return base.resolve(path);
    }

    /** Polls a job until it ends and returns its final document. */
    JsonNode awaitJob(String location)
    {
        Instant deadline = Instant.now().plus(JOB_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = get(location).json();
            String state = job.path("state").asText();
            if (state.equals("SUCCEEDED") || state.equals("FAILED") || state.equals("CANCELLED")) {
                return job;
            }
            pause(100);
        }
        throw new AssertionError("job " + location + " did not end within " + JOB_TIMEOUT);
    }

    /** Polls a job until it has left the queue. */
    JsonNode awaitStarted(String location)
    {
        Instant deadline = Instant.now().plus(JOB_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = get(location).json();
            if (!job.path("state").asText().equals("QUEUED")) {
                return job;
            }
            pause(20);
        }
        throw new AssertionError("job " + location + " did not start");
    }

    /** Runs a job to success and returns the path of what it made. */
    String run(Answer accepted)
    {
        if (accepted.status() != 202) {
            throw new AssertionError("expected 202, got " + accepted.status() + ": " + accepted.body());
        }
        JsonNode job = awaitJob(accepted.header("Location"));
        if (!job.path("state").asText().equals("SUCCEEDED")) {
            throw new AssertionError("job failed: " + job);
        }
        return job.path("result").asText();
    }

    static String encode(String pathSegment)
    {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void pause(long millis)
    {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
