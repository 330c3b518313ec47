using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// The operation kinds that <see cref="MethodWalker"/> and <see cref="StructureCollector"/> take facts from. Most of a
/// body's operations (literals, locals, conversions, arithmetic, blocks) carry none: one table read on the kind
/// skips them before the walkers' type tests, each of which is an interface cast.
/// </summary>
internal static class WalkedKinds
{
    private static readonly bool[] Walked = Table(
        OperationKind.PropertyInitializer,
        OperationKind.FieldInitializer,
        OperationKind.VariableDeclarator,
        OperationKind.SimpleAssignment, // IAssignmentOperation: these four kinds
        OperationKind.CompoundAssignment,
        OperationKind.CoalesceAssignment,
        OperationKind.DeconstructionAssignment,
        OperationKind.MemberInitializer,
        OperationKind.Loop, // foreach
        OperationKind.DeclarationPattern,
        OperationKind.RecursivePattern,
        OperationKind.Return, // IReturnOperation: these three kinds
        OperationKind.YieldReturn,
        OperationKind.YieldBreak,
        OperationKind.Invocation,
        OperationKind.ObjectCreation,
        OperationKind.PropertyReference,
        OperationKind.DynamicInvocation,
        OperationKind.TypeOf); // StructureCollector: typeof(Component)

    /// <summary>Whether an operation of this kind can carry a fact; <see langword="false"/> means both walkers ignore it.</summary>
    public static bool IsWalked(OperationKind kind) => unchecked((uint)kind) < (uint)Walked.Length && Walked[(int)kind];

    private static bool[] Table(params OperationKind[] kinds)
    {
        var max = 0;
        foreach (var kind in kinds)
        {
            max = System.Math.Max(max, (int)kind);
        }

        var table = new bool[max + 1];
        foreach (var kind in kinds)
        {
            table[(int)kind] = true;
        }

        return table;
    }
}
