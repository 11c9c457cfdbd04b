using Fluid;
using Fluid.Values;

namespace Finsam.Documents.Templating;

// A dictionary of placeholder values that refuses a name it does not hold, saying
// where: "budget.incme" is a typing error to be told about, not an empty string.
internal sealed class StrictObjectValue(IReadOnlyDictionary<string, object?> values, string path) : ObjectValueBase(values)
{
    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
        values.TryGetValue(name, out var value)
            ? new ValueTask<FluidValue>(Wrap(value, $"{path}.{name}", context))
            : throw new TemplateProblem($"Unknown placeholder '{path}.{name}'.");

    public static FluidValue Wrap(object? value, string path, TemplateContext context) => value switch
    {
        IReadOnlyDictionary<string, object?> nested => new StrictObjectValue(nested, path),
        IEnumerable<object?> items when value is not string =>
            new ArrayValue(items.Select(item => Wrap(item, $"{path}[]", context)).ToArray()),
        _ => FluidValue.Create(value, context.Options),
    };
}
