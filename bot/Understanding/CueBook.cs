namespace CrossBorderBot.Understanding;

/// <summary>
/// The cue regexes of the conversation, the understanding and a few slot readers, by <see cref="Cue"/>: read from
/// <c>cue-vocabulary.yaml</c> once, each regex built the first time it is asked for (a turn pays only for the cues it
/// reaches) and the rest built in the background after start-up (<see cref="BuildAll"/>, from <c>StartupPreload</c>).
/// The readers keep their logic (which cue, in what order, with what guards) in code.
/// </summary>
/// <remarks>
/// Every regex gets <see cref="RegexOptions.CultureInvariant"/>, which is what the source generator did for the
/// <c>[GeneratedRegex]</c> declarations these cues replace (it uses the invariant culture unless told otherwise), so
/// case-insensitive matching does not depend on the culture of the thread that builds a cue.
/// Compiled, not interpreted: see <see cref="BuildOptions"/>.
/// </remarks>
internal sealed class CueBook
{
    /// <summary>
    /// Added to each cue's own options when its regex is built. Compiled: in the in-process turn benchmark
    /// (bench/turns-side-by-side, three copies of each build at once) the interpreted cues cost 2.841 against 2.692 ms
    /// of CPU per turn for the source-generated ones, the compiled cues 1.843 against 2.292; a compiled cue costs more
    /// to build (all 127: 83-91 against 53-68 ms of CPU), paid once, when first asked for or by <see cref="BuildAll"/>.
    /// </summary>
    public const RegexOptions BuildOptions = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Lazy<CueBook> Loaded = new(() => new CueBook(CueVocabulary.ReadEmbedded()));

    private readonly CueDefinition[] _definitions;
    private readonly Lazy<Regex>[] _regexes;

    private CueBook(IReadOnlyDictionary<string, CueDefinition> vocabulary)
    {
        var cues = Enum.GetValues<Cue>();
        _definitions = new CueDefinition[cues.Length];
        _regexes = new Lazy<Regex>[cues.Length];
        foreach (var cue in cues)
        {
            var definition = vocabulary.TryGetValue(cue.ToString(), out var found)
                ? found
                : throw new InvalidOperationException($"The cue vocabulary has no entry {cue}.");
            _definitions[(int)cue] = definition;
            _regexes[(int)cue] = new Lazy<Regex>(() => new Regex(definition.Pattern, definition.Options | BuildOptions));
        }

        var extra = vocabulary.Keys.Except(cues.Select(c => c.ToString())).ToList();
        if (extra.Count > 0)
        {
            throw new InvalidOperationException("The cue vocabulary has entries no Cue member names: " + string.Join(", ", extra));
        }
    }

    public static CueBook Default => Loaded.Value;

    /// <summary>The cue's regex, built on first use.</summary>
    public static Regex Get(Cue cue) => Default._regexes[(int)cue].Value;

    public static IReadOnlyList<Cue> All { get; } = Enum.GetValues<Cue>();

    /// <summary>The cue as the vocabulary defines it (expanded pattern, options, why).</summary>
    public CueDefinition Definition(Cue cue) => _definitions[(int)cue];

    /// <summary>Builds every cue not built yet: the start-up warm-up calls it in the background.</summary>
    public static void BuildAll()
    {
        foreach (var regex in Default._regexes)
        {
            _ = regex.Value;
        }
    }
}
