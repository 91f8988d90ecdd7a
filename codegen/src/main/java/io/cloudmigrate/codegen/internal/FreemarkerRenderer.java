package io.cloudmigrate.codegen.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.PathGlobMatcher;
import freemarker.cache.TemplateSourceMatcher;
import freemarker.core.OutputFormat;
import freemarker.template.TemplateModelException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.cloudmigrate.codegen.CodegenErrorCode;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.templates.Templates;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import static java.util.Objects.requireNonNull;

/**
 * Renders the templates with a strict FreeMarker configuration: errors are thrown, never written into
 * the output; nothing depends on the machine's locale or time zone; templates cannot instantiate
 * classes. Templates come from the override directory when it has them, else from the bundle.
 *
 * <p>The output format, and so the escaping of every interpolation, follows from the template's name,
 * whichever directory it comes from: {@code *.tf.ftl} and the other {@code terraform/*.ftl} are HCL,
 * {@code *.yaml.ftl} YAML, {@code *.md.ftl} Markdown and {@code *.html.ftl} XHTML. An override
 * cannot forget to escape; it can only opt out explicitly ({@code ?no_esc}, or an {@code <#ftl output_format>} header).
 */
public final class FreemarkerRenderer
{
    private final Configuration configuration;
    private final Optional<Path> overrideDirectory;

    public FreemarkerRenderer(Optional<Path> overrideDirectory)
    {
        this.overrideDirectory = requireNonNull(overrideDirectory, "overrideDirectory is null");
        configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setTemplateLoader(loader(overrideDirectory));
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setLocalizedLookup(false);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        configuration.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setRegisteredCustomOutputFormats(EscapingOutputFormat.ALL);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                outputFormat(new FileNameGlobMatcher("*.md.ftl"), EscapingOutputFormat.MARKDOWN),
                outputFormat(new FileNameGlobMatcher("*.yaml.ftl"), EscapingOutputFormat.YAML),
                outputFormat(new FileNameGlobMatcher("*.html.ftl"), EscapingOutputFormat.XHTML),
                outputFormat(new FileNameGlobMatcher("*.tf.ftl"), EscapingOutputFormat.HCL),
                outputFormat(new PathGlobMatcher("terraform/**/*.ftl"), EscapingOutputFormat.HCL))
                .allowNoMatch(true));
        TemplateFunctions.register(configuration);
        try {
            configuration.setSharedVariable("checkovSkips", CheckovSkips.byResourceType());
        }
        catch (TemplateModelException e) {
            throw new IllegalStateException("cannot share the checkov skips with the templates", e);
        }
    }

    private static ConditionalTemplateConfigurationFactory outputFormat(TemplateSourceMatcher matcher, OutputFormat format)
    {
        TemplateConfiguration templateConfiguration = new TemplateConfiguration();
        templateConfiguration.setOutputFormat(format);
        return new ConditionalTemplateConfigurationFactory(matcher, templateConfiguration);
    }

    private static TemplateLoader loader(Optional<Path> overrideDirectory)
    {
        TemplateLoader bundled = new ClassTemplateLoader(Templates.class, Templates.BASE_PATH);
        if (overrideDirectory.isEmpty()) {
            return bundled;
        }
        Path directory = overrideDirectory.get();
        if (!Files.isDirectory(directory)) {
            throw new CloudMigrateException(CodegenErrorCode.TEMPLATE_DIRECTORY_NOT_FOUND,
                    directory + ": the template override directory does not exist or is not a directory; "
                            + "create it, or leave the option out to use the bundled templates");
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(directory.toFile()), bundled});
        }
        catch (IOException e) {
            throw new CloudMigrateException(CodegenErrorCode.TEMPLATE_DIRECTORY_NOT_FOUND,
                    directory + ": cannot read the template override directory (" + e.getMessage() + ")", e);
        }
    }

    /** Renders one template with the given root object (a record whose accessors the template reads). */
    public String render(String templateName, Object model)
    {
        requireNonNull(templateName, "templateName is null");
        requireNonNull(model, "model is null");
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter output = new StringWriter();
            template.process(model, output);
            return output.toString();
        }
        catch (TemplateException e) {
            String where = e.getLineNumber() == null ? "" : " at line " + e.getLineNumber();
            throw failed(templateName, "failed" + where + ": " + e.getMessageWithoutStackTop(), e);
        }
        catch (IOException e) {
            throw failed(templateName, "cannot be loaded: " + e.getMessage(), e);
        }
    }

    private CloudMigrateException failed(String templateName, String problem, Exception cause)
    {
        String hint = overrideDirectory
                .map(directory -> "; if " + directory.resolve(templateName) + " overrides it, fix or remove that file")
                .orElse("; this is a bundled template, please report the problem");
        return new CloudMigrateException(CodegenErrorCode.TEMPLATE_FAILED, "template " + templateName + " " + problem + hint, cause);
    }
}
