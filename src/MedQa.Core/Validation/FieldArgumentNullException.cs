namespace MedQa;

/// <summary>
/// An <see cref="ArgumentNullException"/> whose <see cref="Message"/> is exactly the one line <see cref="Guard"/> wrote, without the
/// runtime's English " (Parameter 'x')" suffix; <see cref="ArgumentException.ParamName"/> still names the parameter.
/// </summary>
internal sealed class FieldArgumentNullException : ArgumentNullException
{
    private readonly string _message;

    internal FieldArgumentNullException(string message, string? paramName)
        : base(paramName, message)
        => _message = message;

    /// <summary>The message as written: one line that names the field and says what is allowed.</summary>
    public override string Message => _message;
}
