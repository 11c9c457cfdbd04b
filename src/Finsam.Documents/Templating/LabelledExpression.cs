using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Finsam.Documents.Templating;

// A filter expression that tells the budget which placeholder it is evaluating, so a
// refusal in a filter names "s | append" and not just "append".
internal sealed class LabelledExpression(Expression inner, string label) : Expression
{
    public string Label { get; } = label;

    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var budget = BudgetedContext.BudgetOf(context);
        var outer = budget.Placeholder;
        budget.Placeholder = Label;
        try
        {
            return await inner.EvaluateAsync(context);
        }
        finally
        {
            budget.Placeholder = outer;
        }
    }
}
