using System.Globalization;
using Fluid;
using Microsoft.Extensions.FileProviders;

namespace Finsam.Documents.Templating;

// Liquid, as federation staff write it, run in a sandbox: it sees only the placeholder
// values it is given (no .NET members), includes no files, stops runaway loops, and
// names every placeholder it does not know instead of printing nothing.
public static class LiquidText
{
    // Far beyond any real section; stops "{% for i in (1..100000000) %}".
    private const int MaxSteps = 100_000;
    private const int MaxOutputLength = 200_000;

    private static readonly FluidParser Parser = new();

    public static string? SyntaxError(string source) =>
        Parser.TryParse(source, out _, out var error) ? null : error;

    // Renders the text with the values, or throws TemplateProblem saying what is wrong.
    public static string Render(string source, PlaceholderValues values)
    {
        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new TemplateProblem(error);
        }

        var options = new TemplateOptions
        {
            FileProvider = new NullFileProvider(),
            StrictVariables = true,
            StrictFilters = true,
            MaxSteps = MaxSteps,
            MaxRecursion = 10,
            CultureInfo = CultureInfo.GetCultureInfo("sv-SE"),
            TimeZone = TimeZoneInfo.Utc,
            // A fixed "now": the same inputs always give the same text.
            Now = () => values.Today,
        };
        var context = new TemplateContext(options);
        foreach (var (name, value) in values.Values)
        {
            context.SetValue(name, StrictObjectValue.Wrap(value, name, context));
        }

        string text;
        try
        {
            text = template.Render(context, NullEncoder.Default);
        }
        catch (InvalidOperationException e)
        {
            throw new TemplateProblem(e.Message);
        }
        catch (FileNotFoundException)
        {
            throw new TemplateProblem("A text cannot include or render other files.");
        }
        catch (FluidException e)
        {
            throw new TemplateProblem(e.Message);
        }
        return text.Length <= MaxOutputLength
            ? text
            : throw new TemplateProblem($"The text grows to more than {MaxOutputLength} characters.");
    }
}
