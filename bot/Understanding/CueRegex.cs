namespace CrossBorderBot.Understanding;

/// <summary>
/// A cue's regex with a cheap check in front: the strings of which every match consumes one
/// (<see cref="RequiredStrings"/>), searched for in the message (vectorised multi-string searches) before the regex
/// runs. A message with none of them cannot match, so it gets the regex's own answer for "no match" without
/// the regex running: false, <see cref="System.Text.RegularExpressions.Match.Empty"/>, no matches, the input
/// unchanged, the input unsplit. Most cues do not match most messages, and a cue's regex scans the whole message from
/// every position its first part could start at; the check is one pass.
/// </summary>
/// <remarks>
/// The methods are the <see cref="System.Text.RegularExpressions.Regex"/> methods the readers call, with the same
/// arguments and answers (including the exceptions for a null input or an out-of-range start), so a reader's code
/// reads the same as with a plain regex.
/// </remarks>
internal sealed class CueRegex
{
    /// <summary>Never matches: its <see cref="Regex.Matches(string)"/> is the empty collection a filtered message gets.</summary>
    private static readonly Regex NoMatch = new("(?!)", RegexOptions.CultureInvariant);

    private readonly Regex _regex;
    private readonly RequiredStrings? _required;

    public CueRegex(Regex regex, RequiredStrings? required)
    {
        _regex = regex;
        _required = required;
    }

    public RegexOptions Options => _regex.Options;

    /// <summary>Whether a message can match at all; true means only that the regex must be asked.</summary>
    public bool MayMatch(ReadOnlySpan<char> input) => _required is null || _required.MayBeIn(input);

    public bool IsMatch(string input) => MayMatch(Checked(input)) && _regex.IsMatch(input);

    public bool IsMatch(ReadOnlySpan<char> input) => MayMatch(input) && _regex.IsMatch(input);

    public bool IsMatch(string input, int startat) =>
        (!InRange(input, startat) || MayMatch(input.AsSpan(startat))) && _regex.IsMatch(input, startat);

    public Match Match(string input) => MayMatch(Checked(input)) ? _regex.Match(input) : System.Text.RegularExpressions.Match.Empty;

    public Match Match(string input, int startat) =>
        !InRange(input, startat) || MayMatch(input.AsSpan(startat)) ? _regex.Match(input, startat) : System.Text.RegularExpressions.Match.Empty;

    public MatchCollection Matches(string input) => MayMatch(Checked(input)) ? _regex.Matches(input) : NoMatch.Matches(input);

    public string Replace(string input, string replacement) =>
        MayMatch(Checked(input)) || replacement is null ? _regex.Replace(input, replacement!) : input;

    public string Replace(string input, string replacement, int count) =>
        MayMatch(Checked(input)) || replacement is null || count < -1 ? _regex.Replace(input, replacement!, count) : input;

    public string Replace(string input, MatchEvaluator evaluator) =>
        MayMatch(Checked(input)) || evaluator is null ? _regex.Replace(input, evaluator!) : input;

    public string[] Split(string input) => MayMatch(Checked(input)) ? _regex.Split(input) : [input];

    /// <summary>The pattern, as <see cref="Regex.ToString"/> gives it.</summary>
    public override string ToString() => _regex.ToString();

    /// <summary>The input, or for a null one the ArgumentNullException the regex throws (parameter "input").</summary>
    private static string Checked(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input;
    }

    /// <summary>Whether the regex would accept the arguments; if not, the call goes to it for its exception.</summary>
    private static bool InRange(string input, int startat) => input is not null && (uint)startat <= (uint)input.Length;
}
