using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Finsam.Documents.Templating;

// "(a..b)" that reserves its numbers before it makes them: Fluid's own range builds the
// whole array first, so "(1..n)" with a huge n took the memory before any step was counted.
internal sealed class BoundedRangeExpression(Expression from, Expression to, string label) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var budget = BudgetedContext.BudgetOf(context);
        var start = Bound((await from.EvaluateAsync(context)).ToNumberValue());
        var end = Bound((await to.EvaluateAsync(context)).ToNumberValue());
        var count = Math.Max(0, end - start + 1);

        budget.ReserveItems(count, label);
        var numbers = new FluidValue[count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = NumberValue.Create(start + i);
        }
        return new ArrayValue(numbers);
    }

    // Whole numbers, as Fluid rounds them, within what a range can count.
    private long Bound(decimal value) =>
        value is >= int.MinValue and <= int.MaxValue
            ? (long)Math.Round(value, MidpointRounding.ToEven)
            : throw new TemplateProblem($"'{label}': {value} is beyond the numbers a range can count.");
}
