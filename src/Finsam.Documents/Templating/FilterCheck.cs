using Fluid;
using Fluid.Values;

namespace Finsam.Documents.Templating;

// Reserves on the budget what a filter would build from these inputs, or refuses them.
internal delegate void FilterCheck(FluidValue input, FilterArguments arguments, TemplateContext context, TemplateBudget budget);
