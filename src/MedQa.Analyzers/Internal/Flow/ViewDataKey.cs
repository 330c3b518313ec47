using System;

namespace MedQa.Analyzers.Internal;

/// <summary>A <c>ViewData</c>/<c>ViewBag</c>/<c>TempData</c> entry, by key (case-insensitive, as MVC's dictionaries): a flow node like a field.</summary>
internal sealed class ViewDataKey : IEquatable<ViewDataKey>
{
    public ViewDataKey(string key) => Key = key;

    public string Key { get; }

    public bool Equals(ViewDataKey? other) => other is not null && string.Equals(Key, other.Key, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => Equals(obj as ViewDataKey);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Key);

    public override string ToString() => "ViewData[\"" + Key + "\"]";
}
