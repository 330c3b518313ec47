using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace MedQa.Analyzers.Internal;

/// <summary>One render unit: the bodies whose output and disclaimer count for it, and its Razor/MVC structure.</summary>
internal sealed class UnitFacts
{
    // Bodies walked on any thread, queued without a lock (methods of one class are walked concurrently) until Flush;
    // a queue of a class (not of a tuple: generic code of its own for the JIT to compile in every build).
    private readonly ConcurrentQueue<Walked> _pending = new();
    private ConcurrentQueue<SetAsideBodies.Body>? _setAside;

    public UnitFacts(ISymbol key, INamedTypeSymbol type, UnitKind kind, string name)
    {
        Key = key;
        Type = type;
        Kind = kind;
        Name = name;
    }

    /// <summary>The type, action method or handler this unit is.</summary>
    public ISymbol Key { get; }

    public INamedTypeSymbol Type { get; }

    public UnitKind Kind { get; }

    /// <summary>The name in messages: the view's path, the component's or class's name, <c>Controller.Action</c>.</summary>
    public string Name { get; }

    public List<MethodSummary> Bodies { get; } = [];

    public UnitStructure Structure { get; } = new();

    /// <summary>The app-relative path of a Razor view ("/Pages/Index.cshtml"), from its compiled-item metadata.</summary>
    public string? ViewPath { get; set; }

    public bool IsRazor { get; set; }

    /// <summary>A Blazor component's own layout (<c>@layout</c>, <c>[Layout]</c>).</summary>
    public INamedTypeSymbol? LayoutType { get; set; }

    /// <summary>A Blazor component with <c>@page</c> (<c>[Route]</c>): the router's default layout applies to it.</summary>
    public bool IsRoutable { get; set; }

    /// <summary>For an action: its controller's short name and area.</summary>
    public string? ControllerName { get; set; }

    public string? Area { get; set; }

    /// <summary>
    /// Whether a body of the unit is set aside unwalked (<see cref="SetAsideBodies"/>): unless its symbol end walks
    /// them (<see cref="TakeSetAside"/>), only the compilation end knows if they are walked, and decides the unit.
    /// </summary>
    public bool HasSetAsideBodies => Volatile.Read(ref _setAside) is { IsEmpty: false };

    /// <summary>Notes a body of the unit set aside; from any thread.</summary>
    public void SetAside(SetAsideBodies.Body body)
    {
        if (Volatile.Read(ref _setAside) is not { } queue)
        {
            Interlocked.CompareExchange(ref _setAside, new ConcurrentQueue<SetAsideBodies.Body>(), null);
            queue = _setAside!;
        }

        queue.Enqueue(body);
    }

    /// <summary>Takes the unit's set-aside bodies (to walk them now): <see cref="HasSetAsideBodies"/> is then false.</summary>
    public List<SetAsideBodies.Body> TakeSetAside()
    {
        var taken = new List<SetAsideBodies.Body>();
        while (Volatile.Read(ref _setAside) is { } queue && queue.TryDequeue(out var body))
        {
            taken.Add(body);
        }

        return taken;
    }

    /// <summary>Set once MEDQA001 has been decided for the unit at its symbol end.</summary>
    public bool Decided { get; set; }

    /// <summary>Records a walked body, from any thread; <see cref="Flush"/> moves it into <see cref="Bodies"/> and <see cref="Structure"/>.</summary>
    public void Add(MethodSummary body, UnitStructure? structure, bool isRazor) => _pending.Enqueue(new Walked(body, structure, isRazor));

    /// <summary>Moves the bodies recorded so far into the unit: by one thread at a time (its symbol end, under its lock; the compilation end).</summary>
    public void Flush()
    {
        while (_pending.TryDequeue(out var item))
        {
            Bodies.Add(item.Body);
            item.Structure?.MergeInto(Structure);
            IsRazor |= item.IsRazor;
        }
    }

    public override string ToString() => Name;

    private sealed class Walked(MethodSummary body, UnitStructure? structure, bool isRazor)
    {
        public MethodSummary Body { get; } = body;

        public UnitStructure? Structure { get; } = structure;

        public bool IsRazor { get; } = isRazor;
    }
}
