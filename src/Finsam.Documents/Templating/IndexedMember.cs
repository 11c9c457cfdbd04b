using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Finsam.Documents.Templating;

// A placeholder that picks an item by its place, e.g. "plan_years[1]": past the end of the
// list it is named, as any unknown placeholder is. The lists follow the budget (a
// one-year budget has no plan years), so a text checked against three years can still ask
// for one its budget does not have.
internal sealed class IndexedMember(Expression inner, string label) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        try
        {
            return await inner.EvaluateAsync(context);
        }
        catch (FluidException e) when (e.Message.StartsWith("Undefined variable", StringComparison.Ordinal))
        {
            throw new TemplateProblem($"Unknown placeholder '{label}': the list has no such item (a budget of fewer years has fewer plan years; 'plan_years | first' or '{{% if plan_years.size > 0 %}}' reads any).");
        }
    }
}
