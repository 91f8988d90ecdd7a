package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell functions of a runbook's Setup run as the checks call them: with a fake {@code aws} and
 * {@code terraform} on the path, each {@code check_path} line of the demo's runbooks sends SSM Run
 * Command exactly the host and port of its path, and a host that is not a host never reaches it.
 */
class RunbookSetupTest
{
    private static final Pattern SETUP = Pattern.compile("\n```sh\n(.*?)\n```\n", Pattern.DOTALL);
    private static final Pattern CHECK = Pattern.compile("Run `(check_path [^`]+)`; expect `Success`");
    // records each call of aws, one argument a line, and answers send-command with a command id
    private static final String FAKES = """
            aws() { printf '%s\\n' "$@" >> "$AWS_LOG"; printf '%s\\n' -- >> "$AWS_LOG"; [ "$2" = send-command ] && echo command-1; [ "$2" = describe-cache-clusters ] && echo cache-1.example.com; return 0; }
            terraform() { echo 10.20.30.40; }
            """;

    @TempDir
    static Path sample;
    @TempDir
    static Path output;
    @TempDir
    Path work;

    @BeforeAll
    static void generate()
    {
        DemoArtifacts.generate(sample, output);
    }

    @Test
    void eachCheckPathLineSendsTheHostAndPortOfItsPath()
            throws IOException, InterruptedException
    {
        List<String> ran = new ArrayList<>();
        for (String runbook : DemoArtifacts.runbookTexts(output)) {
            Matcher checks = CHECK.matcher(runbook);
            while (checks.find()) {
                String call = checks.group(1);
                String[] words = call.split(" ");
                String port = words[words.length - 1].equals("udp") ? words[words.length - 2] : words[words.length - 1];
                Result result = run(setup(runbook), call);
                assertThat(result.exit()).as(call + "\n" + result.log()).isZero();
                assertThat(result.log()).as(call).contains("send-command").contains("get-command-invocation")
                        .containsPattern("nc -z -w 5 [A-Za-z0-9.-]+ " + port + "\"");
                ran.add(call);
            }
        }
        assertThat(ran).hasSizeGreaterThan(5);
    }

    @Test
    void eachRollbackLineStartsItsSourceAndStopsItsTarget()
            throws IOException, InterruptedException
    {
        Pattern rollback = Pattern.compile("run `(rollback_instance ([^ `]+) ([^ `]+) [^`]+)`");
        int ran = 0;
        for (String runbook : DemoArtifacts.runbookTexts(output)) {
            Matcher calls = rollback.matcher(runbook);
            while (calls.find()) {
                Result result = run(setup(runbook), calls.group(1));
                assertThat(result.exit()).as(calls.group(1) + "\n" + result.log()).isZero();
                assertThat(result.log()).contains("start-instances\n--region\n" + calls.group(2) + "\n--instance-ids\n" + calls.group(3) + "\n")
                        .contains("stop-instances\n--region\n" + calls.group(2) + "\n--instance-ids\n10.20.30.40\n");
                ran++;
            }
        }
        assertThat(ran).isPositive();
    }

    @Test
    void refusesAHostThatWouldBeShellOnTheInstance()
            throws IOException, InterruptedException
    {
        String runbook = DemoArtifacts.runbookTexts(output).stream().filter(text -> text.contains("check_path() {")).findFirst().orElseThrow();
        Result result = run(setup(runbook), "check_path us-east-1 i-0abc 'db;reboot' 5432");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.log()).doesNotContain("send-command");
        assertThat(run(setup(runbook), "check_path us-east-1 i-0abc -oProxyCommand=x 5432").exit()).isEqualTo(2);
        assertThat(run(setup(runbook), "check_path us-east-1 i-0abc db.example.com '5432;x'").exit()).isEqualTo(2);
    }

    @Test
    void definesTheFunctionsOnlyInRunbooksThatCallThem()
            throws IOException
    {
        for (String runbook : DemoArtifacts.runbookTexts(output)) {
            // a path is a line of its step, a cell of a batched step's table, or a command that table's rows share
            boolean callsCheckPath = runbook.contains("Run `check_path ") || runbook.contains("| `check_path ") || runbook.contains(": run `check_path ");
            assertThat(runbook.contains("check_path() {")).as(runbook.lines().findFirst().orElse("")).isEqualTo(callsCheckPath);
            assertThat(runbook.contains("rollback_instance() {")).as(runbook.lines().findFirst().orElse("")).isEqualTo(runbook.contains("run `rollback_instance "));
        }
    }

    private record Result(int exit, String log) {}

    private Result run(String setup, String call)
            throws IOException, InterruptedException
    {
        Path log = work.resolve("aws.log");
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", FAKES + setup + "\n" + call).redirectErrorStream(true);
        builder.environment().put("AWS_LOG", log.toString());
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        return new Result(exit, printed + (Files.exists(log) ? Files.readString(log) : ""));
    }

    private static String setup(String runbook)
    {
        Matcher matcher = SETUP.matcher(runbook);
        assertThat(matcher.find()).as("a Setup block").isTrue();
        return matcher.group(1);
    }
}
