namespace CrossBorderBot.Commands;

/// <summary>
/// The arguments of a command that runs a host: its own options (<c>--name value</c> for the names it takes a value
/// for, <c>--flag</c> for its flags), <c>--help</c>, and everything else in order, which the command passes on to the
/// configuration (<c>--Storage:Provider=Memory</c>). An option named without its value is passed on too.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly List<string> _rest = [];

    private CommandArguments()
    {
    }

    /// <summary>True when <c>--help</c> or <c>-h</c> was given.</summary>
    public bool WantsHelp { get; private set; }

    /// <summary>What the command did not take itself, in the order given.</summary>
    public IReadOnlyList<string> Settings => _rest;

    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string>? flags = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(valueOptions);
        var parsed = new CommandArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                parsed.WantsHelp = true;
            }
            else if (valueOptions.Contains(arg) && i + 1 < args.Count)
            {
                parsed._values[arg] = args[++i];
            }
            else if (flags?.Contains(arg) == true)
            {
                parsed._flags.Add(arg);
            }
            else
            {
                parsed._rest.Add(arg);
            }
        }

        return parsed;
    }

    /// <summary>The value given last for <paramref name="option"/>, or null.</summary>
    public string? Value(string option) => _values.GetValueOrDefault(option);

    public bool Has(string flag) => _flags.Contains(flag);
}
