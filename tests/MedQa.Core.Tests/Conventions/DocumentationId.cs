using System.Reflection;
using System.Text;

namespace MedQa.Tests.Conventions;

/// <summary>The documentation id the C# compiler writes for a method in the XML doc file, such as <c>M:MedQa.Npi.TryParse(System.String,MedQa.Npi@)</c>.</summary>
internal static class DocumentationId
{
    internal static string Of(MethodBase method)
    {
        var builder = new StringBuilder("M:").Append(TypeName(method.DeclaringType!, method)).Append('.');
        builder.Append(method is ConstructorInfo ? "#ctor" : method.Name.Replace('.', '#'));
        if (method.IsGenericMethodDefinition)
        {
            builder.Append("``").Append(method.GetGenericArguments().Length);
        }

        var parameters = method.GetParameters();
        if (parameters.Length > 0)
        {
            builder.Append('(').AppendJoin(',', parameters.Select(parameter => TypeName(parameter.ParameterType, method))).Append(')');
        }

        // Conversion operators name their return type too.
        if (method.Name is "op_Implicit" or "op_Explicit")
        {
            builder.Append('~').Append(TypeName(((MethodInfo)method).ReturnType, method));
        }

        return builder.ToString();
    }

    private static string TypeName(Type type, MethodBase context)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!, context) + "@";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, context) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsPointer)
        {
            return TypeName(type.GetElementType()!, context) + "*";
        }

        if (type.IsGenericParameter)
        {
            return type.DeclaringMethod is null ? "`" + type.GenericParameterPosition : "``" + type.GenericParameterPosition;
        }

        var name = type.IsNested ? TypeName(type.DeclaringType!, context) + "." + type.Name : type.Namespace + "." + type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            var own = type.GetGenericArguments().Skip(type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0);
            return (tick < 0 ? name : name[..tick]) + "{" + string.Join(',', own.Select(argument => TypeName(argument, context))) + "}";
        }

        return name;
    }
}
