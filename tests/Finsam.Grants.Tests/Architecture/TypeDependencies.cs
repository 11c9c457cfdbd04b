using System.Reflection;
using System.Reflection.Emit;

namespace Finsam.Grants.Tests.Architecture;

// The types a namespace's code depends on: its members' signatures and every type, method
// and field its method bodies refer to (lambdas and async state machines included, as they
// are nested types of the same namespace).
public static class TypeDependencies
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IEnumerable<(Type User, Type Used)> In(Assembly assembly, string @namespace) =>
        TypesIn(assembly, @namespace).SelectMany(t => Of(t).Select(used => (t, used))).Distinct();

    // Every method or constructor the namespace's method bodies call.
    public static IEnumerable<(Type Caller, MethodBase Called)> CalledIn(Assembly assembly, string @namespace) =>
        TypesIn(assembly, @namespace)
            .SelectMany(t => MethodsOf(t).SelectMany(ReferencedIn).OfType<MethodBase>().Select(called => (t, called)))
            .Distinct();

    private static IEnumerable<Type> TypesIn(Assembly assembly, string @namespace) =>
        assembly.GetTypes().Where(t => t.Namespace == @namespace || t.Namespace?.StartsWith(@namespace + ".", StringComparison.Ordinal) == true);

    private static IEnumerable<MethodBase> MethodsOf(Type type) =>
        type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared));

    private static IEnumerable<Type> Of(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }
        foreach (var field in type.GetFields(Declared))
        {
            yield return field.FieldType;
        }
        foreach (var method in MethodsOf(type))
        {
            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }
            foreach (var used in ReferencedIn(method).SelectMany(TypesOf))
            {
                yield return used;
            }
        }
    }

    // The types, methods and fields a method body refers to, read from its IL.
    private static IEnumerable<MemberInfo> ReferencedIn(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    if (method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments) is { } member)
                    {
                        yield return member;
                    }
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }

    private static IEnumerable<Type> TypesOf(MemberInfo member) => member switch
    {
        Type type => [type],
        MethodInfo method => [method.DeclaringType!, method.ReturnType, .. method.GetParameters().Select(p => p.ParameterType), .. method.IsGenericMethod ? method.GetGenericArguments() : []],
        ConstructorInfo constructor => [constructor.DeclaringType!, .. constructor.GetParameters().Select(p => p.ParameterType)],
        FieldInfo field => [field.DeclaringType!, field.FieldType],
        _ => [],
    };

    // A type and the types it is made of: Task<List<EffortEntity>> is also List<> and EffortEntity.
    public static IEnumerable<Type> Unwrapped(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Unwrapped(type.GetElementType()!))
            {
                yield return inner;
            }
        }
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Unwrapped))
            {
                yield return inner;
            }
        }
    }
}
