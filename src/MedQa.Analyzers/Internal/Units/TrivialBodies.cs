using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MedQa.Analyzers.Internal;

/// <summary>
/// Bodies whose walk would find nothing, told from their one operation: a field's or property's initializer whose
/// value is a literal or a default. Razor gives every view five (its injected properties' <c>= default!</c>) and
/// every view with a tag helper one more (<c>= null</c>); they are not walked or recorded at all.
/// </summary>
/// <remarks>
/// Why that decides alike: a literal or a default is neither answer content nor the disclaimer
/// (<see cref="DisclaimerText"/>, <see cref="ContentEvaluator"/>), so the walk records no write
/// (<see cref="PendingFacts.AddMemberWrite"/>); the body calls nothing and holds none of the operations that
/// <see cref="StructureCollector"/> reads; and an initializer is no method, so no caller looks its summary up. An
/// absent summary and an empty one are the same to <see cref="UnitDecider"/> and <see cref="FlowGraph"/>.
/// </remarks>
internal static class TrivialBodies
{
    public static bool IsTrivial(ImmutableArray<IOperation> blocks)
        => blocks.Length == 1
            && blocks[0] is ISymbolInitializerOperation { Kind: OperationKind.FieldInitializer or OperationKind.PropertyInitializer } initializer
            && ContentEvaluator.Unwrap(initializer.Value).Kind is OperationKind.Literal or OperationKind.DefaultValue;
}
