namespace MedQa;

/// <summary>
/// An <see cref="ArgumentOutOfRangeException"/> whose <see cref="Message"/> is exactly the one line <see cref="Guard"/> wrote, without the
/// runtime's English " (Parameter 'x')" and "Actual value was …" suffix; <see cref="ArgumentException.ParamName"/> still names the parameter.
/// </summary>
internal sealed class FieldArgumentOutOfRangeException : ArgumentOutOfRangeException
{
    private readonly string _message;

    internal FieldArgumentOutOfRangeException(string message, string? paramName, object? actualValue)
        : base(paramName, actualValue, message)
        => _message = message;

    /// <summary>The message as written: one line that names the field and says what is allowed.</summary>
    public override string Message => _message;
}
