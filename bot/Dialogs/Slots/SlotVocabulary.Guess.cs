namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// A best guess at a reply to a slot's own question that none of its words placed, read from how the reply leans against
/// the question's options rather than from a list of its phrases: a thing of the question named ("LFGB and FDA for food
/// contact" at the certificates question) gives the value the slot's <c>named</c> words give (at least "some"); a word of
/// only a little ("差异不大", "we hardly check") the middle of its scale; a negation that is no hedge ("跟同款卖家没啥两样",
/// "没做过认证", "两个都没注册", "never tested for anything") its negative answer, or the bottom of its options when it has
/// none; a word of some the middle. The caller says the guess back as assumed, so a wrong one costs one turn where "didn't
/// understand" cost the rest of the conversation. Leaning no way by such a word, a reply is placed by the option whose words
/// it shares the most (<see cref="SlotWordBags"/>: "our own molds and our own firmware", "都是大路货"), when one clearly leads.
/// A reply with a question in it, or leaning nowhere, gives none.
/// </summary>
public sealed partial class SlotVocabulary
{
    private Dictionary<string, (string Value, Regex Finder)[]>? _named;

    /// <summary>The value a reply to <paramref name="slot"/>'s own question leans to; null when it leans nowhere.</summary>
    public string? GuessAnswer(string slot, string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0 || text!.Contains('?') || text.Contains('？') || !_slots.TryGetValue(slot, out var words) || words.Values.Count == 0)
        {
            return null;
        }

        // "跟别人不一样", "no different from the rest": the question's own words ("不一样", "different") negate nothing.
        var reply = _topics[slot].Aggregate(normalized, (rest, topic) => rest.Replace(topic, " ", StringComparison.Ordinal));
        var leaning = _yesNo.LeaningOf(reply);
        if (NamedThings(slot).FirstOrDefault(named => named.Finder.IsMatch(normalized)) is { Value: { } namedValue })
        {
            return leaning == SlotYesNoReader.NoPlace ? Bottom(words) : namedValue;
        }

        return leaning switch
        {
            SlotYesNoReader.NoPlace => Bottom(words),
            SlotYesNoReader.SomePlace => words.Scale.GetValueOrDefault(SlotYesNoReader.SomePlace) ?? Bottom(words),
            // "we copy what sells and swap the buckles and colours", "都是大路货，谁家都有": leaning no way by a word
            // of degree or a negation (a negated reply leans to the bottom above, as its words may name the option it
            // denies), the reply is placed by the option it shares the most words with, when one clearly does.
            _ => Bags.Closest(slot, reply),
        };
    }

    /// <summary>
    /// True when a reply at <paramref name="waitingSlot"/>'s question is about another of the guide's questions
    /// (<paramref name="guideSlots"/>): it names that question's topic or a clear phrase of it, or, for a question with
    /// options of its own (not yes/no, whose short words every yes/no question shares), one of its answers ("slow is totally
    /// fine" at the tracking question is the speed said again). Such a reply gets no guess at the question waiting.
    /// </summary>
    public bool IsAboutAnotherQuestion(string waitingSlot, IEnumerable<string> guideSlots, string? text) =>
        guideSlots.Where(slot => slot != waitingSlot && _slots.ContainsKey(slot)).Any(slot =>
            NamesTopic(slot, text) || ReadAnywhere(slot, text) is { IsDefault: false }
            || (!IsYesNo(_slots[slot]) && ReadAnswer(slot, text) is { IsDefault: false }));

    /// <summary>
    /// True when the message names one of <paramref name="slot"/>'s things ("UL and FCC reports" for the certificates
    /// question): a reply at another question that names them is about this one.
    /// </summary>
    public bool NamesThingOf(string slot, string? text) =>
        Normalize(text) is { Length: > 0 } normalized && NamedThings(slot).Any(named => named.Finder.IsMatch(normalized));

    private SlotWordBags Bags => _bags ??= new SlotWordBags(_slots, Families.GetValueOrDefault(SharedWordsFamily) ?? []);

    private SlotWordBags? _bags;

    // The family of words that say nothing of which option a reply leans to ("the", "our", "我们", "就行").
    private const string SharedWordsFamily = "sharedWords";

    private (string Value, Regex Finder)[] NamedThings(string slot)
    {
        _named ??= _slots.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Named.Select(named => (named.Key, NamedFinder(named.Value))).ToArray(),
            StringComparer.Ordinal);
        return _named.GetValueOrDefault(slot) ?? [];
    }

    // A mark is a word of its own beside Chinese as beside English ("送过SGS检测", "RoHS报告"): no letter or digit before or after it,
    // but for the plural of a name ("test reports", "SGS certificates").
    private static Regex NamedFinder(IEnumerable<string> names) =>
        new($@"(?<![a-z0-9])(?:{string.Join('|', names.Select(NormalizedWord).OrderByDescending(name => name.Length).Select(name => Regex.Escape(name).Replace(@"\ ", @"\s*", StringComparison.Ordinal)))})(?:(?<=[a-z]{{3}})s)?(?![a-z0-9])", RegexOptions.CultureInvariant);

    // The question's negative answer, or the last of its options (they run from the most to the least: unique … the same as others).
    private static string Bottom(SlotWords words) => words.Negative ?? words.Values.Keys.Last();
}
