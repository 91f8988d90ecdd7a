package io.cloudmigrate.server.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class StepProgressPrinterTest
{
    private final StringWriter text = new StringWriter();
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void logsStepCountAndAnEtaFromTheItemsDoneSoFar()
    {
        StepProgressPrinter printer = new StepProgressPrinter(new PrintWriter(text), false, "generate", clock::get);

        printer.update("rendering PDFs", 0, 10);
        advance(Duration.ofSeconds(4));
        printer.update("rendering PDFs", 2, 10);

        assertThat(text.toString()).isEqualTo("""
                generate: rendering PDFs 0/10, 0s, ETA unknown
                generate: rendering PDFs 2/10, 4s, ETA 16s
                """);
    }

    @Test
    void estimatesTheTimeLeftFromTheWorkDoneWhenItemsDifferInSize()
    {
        StepProgressPrinter printer = new StepProgressPrinter(new PrintWriter(text), false, "generate", clock::get);

        // the report (900 of 1,000 characters) first, then nine runbooks of 10; by count 9 of 10 would be left
        printer.update("rendering PDFs", 0, 10, 0, 1_000);
        advance(Duration.ofSeconds(9));
        printer.update("rendering PDFs", 1, 10, 900, 1_000);

        assertThat(text.toString()).isEqualTo("""
                generate: rendering PDFs 0/10, 0s, ETA unknown
                generate: rendering PDFs 1/10, 9s, ETA 1s
                """);
    }

    @Test
    void writesAtMostOneLogLineEveryTwoSecondsButAlwaysTheLastOfAStep()
    {
        StepProgressPrinter printer = new StepProgressPrinter(new PrintWriter(text), false, "generate", clock::get);

        printer.update("writing runbooks", 0, 3);
        advance(Duration.ofMillis(500));
        printer.update("writing runbooks", 1, 3);
        advance(Duration.ofMillis(500));
        printer.update("writing runbooks", 3, 3);
        printer.update("rendering PDFs", 0, 1);

        assertThat(text.toString().lines()).containsExactly(
                "generate: writing runbooks 0/3, 0s, ETA unknown",
                "generate: writing runbooks 3/3, 1s, ETA 0s",
                "generate: rendering PDFs 0/1, 0s, ETA unknown");
    }

    @Test
    void redrawsABarInPlaceOnATerminalAndEndsItsLineWhenTheStepChanges()
    {
        StepProgressPrinter printer = new StepProgressPrinter(new PrintWriter(text), true, "generate", clock::get);

        printer.update("writing runbooks", 1, 2);
        printer.update("rendering PDFs", 2, 2);
        printer.finish();

        assertThat(text.toString()).isEqualTo("\r[###############               ] writing runbooks 1/2, 0s, ETA 0s\n"
                + "\r[##############################] rendering PDFs 2/2, 0s, ETA 0s\n");
    }

    @Test
    void namesItsStepForAnOutOfMemoryMessage()
    {
        ErrorStream err = ErrorStream.around(new PrintWriter(text));

        new StepProgressPrinter(err, false, "generate", clock::get).update("rendering PDFs", 3, 10);

        assertThat(err.stage()).isEqualTo("generate: rendering PDFs");
        assertThat(OutOfMemoryMessage.describe("generate", err.stage(), new OutOfMemoryError("Java heap space"), 1L << 30))
                .contains("ran out of memory (Java heap space) at step generate: rendering PDFs: the Java heap of 1024 MB is too small")
                .contains("JAVA_OPTS=-Xmx2g");
    }

    private void advance(Duration duration)
    {
        clock.addAndGet(duration.toNanos());
    }
}
