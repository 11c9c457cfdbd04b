using Fluid;
using Fluid.Values;

namespace Finsam.Documents.Templating;

// Fluid's filters, each behind a check that counts what it would build (characters,
// elements) and refuses it on the render's budget before the filter runs; misuse a
// filter would throw on ("divided_by: 0", a number too large) becomes a problem naming
// the placeholder. A filter without a check is not available, so a new Fluid version
// cannot bring in one that builds without counting.
internal static class FilterGuards
{
    // Of no use in a narrative, and building what cannot be counted in advance
    // ("{0,100000000}" in format_string, a precision of 100 000 in format_number).
    private static readonly HashSet<string> Unavailable =
        ["format_string", "format_number", "format_date", "time_zone", "json", "hmac_sha1", "hmac_sha256"];

    public static void Apply(FilterCollection filters)
    {
        foreach (var (name, original) in filters.ToList())
        {
            filters.AddFilter(name, FilterCosts.Checks.TryGetValue(name, out var check) && !Unavailable.Contains(name)
                ? Guard(original, check)
                : (_, _, _) => throw new TemplateProblem($"The filter '{name}' is not available in texts."));
        }
    }

    private static FilterDelegate Guard(FilterDelegate original, FilterCheck check) => async (input, arguments, context) =>
    {
        var budget = BudgetedContext.BudgetOf(context);
        check(input, arguments, context, budget);
        try
        {
            return await original(input, arguments, context);
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException or FormatException)
        {
            throw budget.Misuse(e switch
            {
                DivideByZeroException => "cannot divide by zero.",
                OverflowException => "the result is beyond the numbers a text can compute with.",
                _ => e.Message,
            });
        }
    };
}
