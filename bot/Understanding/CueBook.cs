namespace CrossBorderBot.Understanding;

/// <summary>
/// The cue regexes of the conversation, the understanding and a few slot readers, by <see cref="Cue"/>: read from
/// <c>cue-vocabulary.yaml</c> once (at start-up, by <c>StartupPreload</c>, off the path to the first reply), each regex
/// built the first time a reader asks for it, so a turn pays only for the cues it reaches. The readers keep their
/// logic (which cue, in what order, with what guards) in code.
/// </summary>
/// <remarks>
/// <para>
/// Two tiers, as the JIT does for code: a cue's first regex is interpreted, cheap to build, so a fresh process answers
/// its first message without compiling regexes on the way; the same call queues the cue's compiled regex
/// (<see cref="RegexOptions.Compiled"/>) on the thread pool, which replaces it once built, so the turns after pay the
/// compiled regex's lower matching cost. Measured against the source-generated regexes these cues replace
/// (bench/cold-start with farm-bench; bench/turns-side-by-side): compiled from the first use, the first reply came
/// 12-19 % later and took 13 % more CPU; interpreted throughout, each turn took 5 % more CPU; the two tiers took no
/// more for either (first reply 0.83 of the wall time and 0.91 of the CPU, turns 2.42 against 2.36 ms, within the
/// benchmark's noise).
/// </para>
/// <para>
/// Each tier's regex sits behind the same check, worked out once per cue from its pattern (<see cref="CueRegex"/>,
/// <see cref="RequiredLiterals"/>): the strings every match consumes one of, searched for in the message before the
/// regex runs; a message with none of them gets "no match" without the regex, which is most messages for most cues.
/// </para>
/// <para>
/// Every regex gets <see cref="RegexOptions.CultureInvariant"/>, which is what the source generator did for the
/// <c>[GeneratedRegex]</c> declarations these cues replace (it uses the invariant culture unless told otherwise), so
/// case-insensitive matching does not depend on the culture of the thread that builds a cue.
/// </para>
/// </remarks>
internal sealed class CueBook
{
    private static readonly Lazy<CueBook> Loaded = new(() => new CueBook(CueVocabulary.ReadEmbedded()));

    private readonly CueDefinition[] _definitions;
    private readonly CueRegex?[] _interpreted;
    private readonly CueRegex?[] _compiled;

    private CueBook(IReadOnlyDictionary<string, CueDefinition> vocabulary)
    {
        var cues = Enum.GetValues<Cue>();
        _definitions = new CueDefinition[cues.Length];
        _interpreted = new CueRegex?[cues.Length];
        _compiled = new CueRegex?[cues.Length];
        foreach (var cue in cues)
        {
            _definitions[(int)cue] = vocabulary.TryGetValue(cue.ToString(), out var found)
                ? found
                : throw new InvalidOperationException($"The cue vocabulary has no entry {cue}.");
        }

        var extra = vocabulary.Keys.Except(cues.Select(c => c.ToString())).ToList();
        if (extra.Count > 0)
        {
            throw new InvalidOperationException("The cue vocabulary has entries no Cue member names: " + string.Join(", ", extra));
        }
    }

    public static CueBook Default => Loaded.Value;

    public static IReadOnlyList<Cue> All { get; } = Enum.GetValues<Cue>();

    /// <summary>
    /// The cue's regex: the compiled one once built, until then the interpreted one (built on first use), each behind
    /// the check for the strings every match of the cue contains (<see cref="CueRegex"/>).
    /// </summary>
    public static CueRegex Get(Cue cue) => Default.Regex((int)cue);

    /// <summary>Reads the vocabulary now (the start-up warm-up), so the first turn does not.</summary>
    public static void Load() => _ = Default;

    /// <summary>The cue as the vocabulary defines it (expanded pattern, options, why).</summary>
    public CueDefinition Definition(Cue cue) => _definitions[(int)cue];

    private CueRegex Regex(int cue)
    {
        if (Volatile.Read(ref _compiled[cue]) is { } compiled)
        {
            return compiled;
        }

        if (Volatile.Read(ref _interpreted[cue]) is { } interpreted)
        {
            return interpreted;
        }

        var definition = _definitions[cue];
        var required = RequiredStrings.Of(definition.Pattern, definition.Options);
        var built = Build(cue, RegexOptions.None, required);
        if (Interlocked.CompareExchange(ref _interpreted[cue], built, null) is { } earlier)
        {
            return earlier;
        }

        // Only the call that stored the interpreted regex queues the compiled one.
        ThreadPool.QueueUserWorkItem(static state => Volatile.Write(ref state.Book._compiled[state.Cue], state.Book.Build(state.Cue, RegexOptions.Compiled, state.Required)), (Book: this, Cue: cue, Required: required), preferLocal: false);
        return built;
    }

    private CueRegex Build(int cue, RegexOptions tier, RequiredStrings? required) =>
        new(new Regex(_definitions[cue].Pattern, _definitions[cue].Options | RegexOptions.CultureInvariant | tier), required);
}
