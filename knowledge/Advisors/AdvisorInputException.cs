namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>An advisor input that cannot be used (0 kg, negative value, unknown answer, ...); the message says why.</summary>
public class AdvisorInputException : ArgumentException
{
    public AdvisorInputException(string field, string message)
        : base(message, field)
    {
        Field = field;
    }

    /// <summary>The input field at fault (camelCase, as in the input record).</summary>
    public string Field { get; }
}
