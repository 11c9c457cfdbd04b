using Finsam.Documents.Composition;
using Fluid;
using Fluid.Values;

namespace Finsam.Documents.Templating;

// "{{ adoption.date | long_date }}": a date as Swedish prose writes it, "26 november 2021",
// from a date as the contracts write it ("2021-11-26") or a date value. An empty date
// (a budget not adopted yet) gives an empty text.
internal static class LongDateFilter
{
    public const string Name = "long_date";

    // "30 september 2021" and every other long date fit.
    public const int MaxLength = 20;

    public static ValueTask<FluidValue> Apply(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        Date(input) is { } date ? new StringValue(SwedishFormat.LongDate(date)) : StringValue.Empty;

    // The date the input holds, or null when it holds nothing; anything else is misuse,
    // which the filter's guard names with the placeholder.
    private static DateOnly? Date(FluidValue input)
    {
        if (input.ToObjectValue() is DateTimeOffset moment)
        {
            return DateOnly.FromDateTime(moment.Date);
        }
        var text = input.ToStringValue();
        return text.Length == 0 ? null
            : SwedishFormat.ParseIsoDate(text) ?? throw new FormatException($"'{Shortened(text)}' is not a date written YYYY-MM-DD, such as 2021-11-26.");
    }

    private static string Shortened(string text) => text.Length <= 40 ? text : $"{text[..40]}…";
}
