using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace Finsam.Documents.Templating;

// Liquid, as federation staff write it, run in a sandbox: it sees only the placeholder
// values it is given (no .NET members), includes no files, counts every loop, range and
// string it would build on a TemplateBudget and refuses it before building it, keeps
// everything it writes small, and names every placeholder it does not know instead of
// printing nothing.
public static partial class LiquidText
{
    private const int MaxOutputLength = 200_000;

    private static readonly FluidParser Parser = new();

    // Tags a narrative has no use for, and whose output escapes the size checks
    // (capture builds strings out of sight) or reaches for files.
    [GeneratedRegex(@"\{%-?\s*(capture|include|render|layout|section|liquid)\b")]
    private static partial Regex ForbiddenTag();

    // Renders the text with the values, or throws TemplateProblem saying what is wrong.
    public static string Render(string source, PlaceholderValues values) => Render(source, values, new TemplateBudget());

    // The same, spending the given budget, which shows afterwards what was counted.
    public static string Render(string source, PlaceholderValues values, TemplateBudget budget)
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
            MaxSteps = TemplateBudget.MaxSteps,
            MaxRecursion = 10,
            CultureInfo = CultureInfo.GetCultureInfo("sv-SE"),
            TimeZone = TimeZoneInfo.Utc,
            // A fixed "now": the same inputs always give the same text.
            Now = () => values.Today,
            Assigned = (name, value, _) => ValueSize.Length(value) <= TemplateBudget.MaxValueLength
                ? new ValueTask<FluidValue>(value)
                : throw new TemplateProblem($"'{name}' grows beyond {TemplateBudget.MaxValueLength} characters."),
        };
        options.Filters.AddFilter(LongDateFilter.Name, LongDateFilter.Apply);
        FilterGuards.Apply(options.Filters);
        var context = new BudgetedContext(options, budget);
        foreach (var (name, value) in values.Values)
        {
            context.SetValue(name, StrictObjectValue.Wrap(value, name, context));
        }

        using var output = new LimitedWriter(MaxOutputLength);
        try
        {
            // Read before it runs: a loop written to run too long is refused in any branch.
            var guarded = new TemplateGuard(options, budget).VisitTemplate(template);
            guarded.RenderAsync(output, context, NullEncoder.Default).AsTask().GetAwaiter().GetResult();
        }
        catch (InvalidOperationException e)
        {
            throw Problem(e.Message);
        }
        catch (FluidException e)
        {
            throw Problem(e.Message);
        }
        catch (FileNotFoundException)
        {
            throw new TemplateProblem("A text cannot include or render other files.");
        }
        catch (OutOfMemoryException)
        {
            throw new TemplateProblem("The text grows too large.");
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException or FormatException)
        {
            // What the guards did not foresee is still the text's fault, not the service's.
            throw new TemplateProblem($"The text cannot be filled: {e.Message}");
        }
        return output.ToString();
    }

    // Fluid names an unknown top-level name its own way; said as the placeholder checks say it
    // of a member, so a client knows it as an unknown placeholder whichever it is.
    private static TemplateProblem Problem(string message) =>
        message.StartsWith(FluidUndefinedVariable, StringComparison.Ordinal)
            ? new TemplateProblem($"Unknown placeholder {message[(FluidUndefinedVariable.Length - 1)..].TrimEnd('.')}.")
            : new TemplateProblem(message);

    private const string FluidUndefinedVariable = "Undefined variable '";

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
