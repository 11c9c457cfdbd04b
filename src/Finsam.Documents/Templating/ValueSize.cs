using Fluid;
using Fluid.Values;

namespace Finsam.Documents.Templating;

// How big a value is, found without building anything from it.
internal static class ValueSize
{
    // Characters of the value as a string; an array's are its elements' together.
    public static long Length(FluidValue value) => value switch
    {
        ArrayValue array => array.Values.Sum(Length),
        NilValue => 0,
        _ => value.ToStringValue().Length,
    };

    public static long Count(FluidValue value, TemplateContext context) =>
        value is ArrayValue array ? array.Values.Count : value.Enumerate(context).LongCount();
}
