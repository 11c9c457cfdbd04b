using System.Globalization;
using Fluid.Ast;
using Fluid.Values;

namespace Finsam.Documents.Templating;

// An expression as its author wrote it, short, to name it in a problem:
// "s | append", "budget.income.kr", "(1..n)".
internal static class PlaceholderLabel
{
    private const int MaxLiteral = 40;

    public static string Of(Expression expression) => expression switch
    {
        MemberExpression member => string.Concat(member.Segments.Select((s, i) => s switch
        {
            IdentifierSegment id => i == 0 ? id.Identifier : "." + id.Identifier,
            IndexerSegment { Expression: LiteralExpression { Value: NumberValue index } } => $"[{Shorten(index.ToStringValue())}]",
            _ => "[...]",
        })),
        LiteralExpression { Value: StringValue text } => $"\"{Shorten(text.ToStringValue())}\"",
        LiteralExpression literal => Shorten(literal.Value.ToStringValue()),
        RangeExpression range => $"({Of(range.From)}..{Of(range.To)})",
        FilterExpression filter => $"{Of(filter.Input)} | {filter.Name}",
        LabelledExpression labelled => labelled.Label,
        _ => expression.GetType().Name.Replace("Expression", "", StringComparison.Ordinal).ToLower(CultureInfo.InvariantCulture),
    };

    private static string Shorten(string text) => text.Length <= MaxLiteral ? text : text[..MaxLiteral] + "...";
}
