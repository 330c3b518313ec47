namespace MedQa.Analyzers.Internal;

/// <summary>A value stored into a flow node: a field or property of the compilation's types, a <c>ViewData</c> key.</summary>
internal sealed class FlowWrite
{
    public FlowWrite(object node, ContentValue value)
    {
        Node = node;
        Value = value;
    }

    public object Node { get; }

    public ContentValue Value { get; }
}
