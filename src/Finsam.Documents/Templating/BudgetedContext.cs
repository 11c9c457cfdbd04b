using Fluid;

namespace Finsam.Documents.Templating;

// A render's context with its budget, where the guarded filters and ranges find it.
internal sealed class BudgetedContext(TemplateOptions options, TemplateBudget budget) : TemplateContext(options)
{
    public TemplateBudget Budget { get; } = budget;

    public static TemplateBudget BudgetOf(TemplateContext context) =>
        (context as BudgetedContext)?.Budget ?? throw new InvalidOperationException("A text is rendered with a budget.");
}
