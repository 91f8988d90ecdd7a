package io.cloudmigrate.server.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Running out of heap ends with a message naming the step and how much heap to give, never a stack trace.
 */
class OutOfMemoryTest
{
    /** A command that runs out of memory in its second step, as an estate too large for the heap would. */
    @Command(name = "exhaust")
    static final class ExhaustingCommand
            implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        private final boolean fromAnotherThread;

        ExhaustingCommand(boolean fromAnotherThread)
        {
            this.fromAnotherThread = fromAnotherThread;
        }

        @Override
        public Integer call()
        {
            Console console = new Console(spec.commandLine().getErr(), 3);
            console.step("Reading inventory.json");
            console.done("80 resources");
            console.step("Assessing");
            OutOfMemoryError error = new OutOfMemoryError("Java heap space");
            // a pool hands the error of a worker thread on wrapped, as CompletableFuture.join() does
            if (fromAnotherThread) {
                throw new CompletionException(error);
            }
            throw error;
        }
    }

    @Test
    void namesTheStepAndTheHeapToGive()
    {
        Run run = run(new ExhaustingCommand(false));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err()).contains("[2/3] Assessing ... \ncloudmigrate: 'cloudmigrate exhaust' ran out of memory (Java heap space) at step 2/3 (Assessing): "
                + "the Java heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB is too small for this input.");
        assertThat(run.err()).contains("JAVA_OPTS=-Xmx" + OutOfMemoryMessage.suggestedHeap(Runtime.getRuntime().maxMemory()) + " ./cloudmigrate exhaust")
                .doesNotContain("\tat ");
    }

    @Test
    void findsTheErrorInsideAnExceptionFromAnotherThread()
    {
        Run run = run(new ExhaustingCommand(true));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err()).contains("ran out of memory (Java heap space) at step 2/3 (Assessing)").doesNotContain("internal error");
    }

    @Test
    void suggestsTwiceTheHeapInWholeGibibytes()
    {
        assertThat(OutOfMemoryMessage.suggestedHeap(256L << 20)).isEqualTo("2g");
        assertThat(OutOfMemoryMessage.suggestedHeap(4L << 30)).isEqualTo("8g");
        assertThat(OutOfMemoryMessage.suggestedHeap(3500L << 20)).isEqualTo("7g");
    }

    private record Run(int exitCode, String err) {}

    private static Run run(ExhaustingCommand command)
    {
        StringWriter err = new StringWriter();
        CommandLine commandLine = CommandLineFactory.create();
        commandLine.addSubcommand(command);
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute("exhaust");
        return new Run(exitCode, err.toString());
    }
}
