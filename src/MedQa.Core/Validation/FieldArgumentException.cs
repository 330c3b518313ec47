namespace MedQa;

/// <summary>
/// An <see cref="ArgumentException"/> whose <see cref="Message"/> is exactly the one line <see cref="Guard"/> wrote, without the
/// runtime's English " (Parameter 'x')" suffix; <see cref="ArgumentException.ParamName"/> still names the parameter.
/// </summary>
internal sealed class FieldArgumentException : ArgumentException
{
    private readonly string _message;

    internal FieldArgumentException(string message, string? paramName)
        : base(message, paramName)
        => _message = message;

    /// <summary>The message as written: one line that names the field and says what is allowed.</summary>
    public override string Message => _message;
}
