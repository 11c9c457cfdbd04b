using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace Finsam.Documents.Templating;

// Liquid, as federation staff write it, run in a sandbox: it sees only the placeholder
// values it is given (no .NET members), includes no files, stops runaway loops, keeps
// every string it builds and everything it writes small, and names every placeholder it
// does not know instead of printing nothing.
public static partial class LiquidText
{
    // Far beyond any real section; stops "{% for i in (1..100000000) %}".
    private const int MaxSteps = 100_000;
    private const int MaxOutputLength = 200_000;
    private const int MaxValueLength = 50_000;

    private static readonly FluidParser Parser = new();

    // Tags a narrative has no use for, and whose output escapes the size checks
    // (capture builds strings out of sight) or reaches for files.
    [GeneratedRegex(@"\{%-?\s*(capture|include|render|layout|section|liquid)\b")]
    private static partial Regex ForbiddenTag();

    // Renders the text with the values, or throws TemplateProblem saying what is wrong.
    public static string Render(string source, PlaceholderValues values)
    {
        if (ForbiddenTag().Match(source) is { Success: true } forbidden)
        {
            throw new TemplateProblem($"'{{% {forbidden.Groups[1].Value} %}}' is not available in texts.");
        }
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
            Assigned = (name, value, _) => value.ToStringValue().Length <= MaxValueLength
                ? new ValueTask<FluidValue>(value)
                : throw new TemplateProblem($"'{name}' grows beyond {MaxValueLength} characters."),
        };
        var context = new TemplateContext(options);
        foreach (var (name, value) in values.Values)
        {
            context.SetValue(name, StrictObjectValue.Wrap(value, name, context));
        }

        using var output = new LimitedWriter(MaxOutputLength);
        try
        {
            template.RenderAsync(output, context, NullEncoder.Default).AsTask().GetAwaiter().GetResult();
        }
        catch (InvalidOperationException e)
        {
            throw new TemplateProblem(e.Message);
        }
        catch (FluidException e)
        {
            throw new TemplateProblem(e.Message);
        }
        catch (FileNotFoundException)
        {
            throw new TemplateProblem("A text cannot include or render other files.");
        }
        catch (OutOfMemoryException)
        {
            throw new TemplateProblem("The text grows too large.");
        }
        return output.ToString();
    }

    // Stops a text that writes more than a document section could hold.
    private sealed class LimitedWriter(int limit) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override void Write(char value)
        {
            Check(1);
            base.Write(value);
        }

        public override void Write(string? value)
        {
            Check(value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Check(count);
            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Check(buffer.Length);
            base.Write(buffer);
        }

        private void Check(int adding)
        {
            if (GetStringBuilder().Length + adding > limit)
            {
                throw new TemplateProblem($"The text grows to more than {limit} characters.");
            }
        }
    }
}
