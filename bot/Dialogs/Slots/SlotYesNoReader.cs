namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// Yes, no and wishes in a normalized reply, built once from the vocabulary's "yesNo" words (<see cref="SlotYesNoWords"/>):
/// "yep we got one registered last year" and "有个小品牌" open with a yes; "haven't registered a brand yet", "还没注册品牌"
/// and "none of those" with a no; "tracking would be nice" and "能追踪最好" wish for it. Hedges ("not much", "不太",
/// "没问题") are not negations, and openings that only look like a yes ("有没有", "要不要") are not one.
/// </summary>
public sealed class SlotYesNoReader
{
    /// <summary>The middle of a question's scale (a slot's <c>scale</c> key): "some", "a bit", "部分".</summary>
    public const string SomePlace = "some";

    /// <summary>The bottom of a question's options, where a reply leans that says no in its own words.</summary>
    public const string NoPlace = "no";

    private readonly Regex _yesStart;
    private readonly Regex _noStart;
    private readonly Regex _noLeadInsOnly;
    private readonly Regex _negation;
    private readonly Regex? _negatedModifier;
    private readonly Regex _hedge;
    private readonly Regex _separators;
    private readonly Regex _wish;
    private readonly Regex? _notNeeded;
    private readonly Regex _yesEnd;
    private readonly Regex? _correctionStart;
    private readonly Regex _need;
    private readonly Regex? _inProgress;
    private readonly Regex? _all;
    private readonly Regex? _some;
    private readonly Regex? _done;
    private readonly Regex? _lowDegree;
    private readonly HashSet<string> _plainYesOrNo;

    public SlotYesNoReader(SlotYesNoWords words)
    {
        _plainYesOrNo = words.Yes.Concat(words.No).Select(word => word.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var notYesAfter = string.Concat(words.NotYesWhenFollowedBy.Select(w => Regex.Escape(w)));
        var yesFollow = notYesAfter.Length == 0 ? string.Empty : $"(?![{notYesAfter}])";
        _yesStart = Build($"^{LeadIns(words.YesLeadIns)}(?:{Alternation(words.Yes, yesFollow)})");
        _noStart = Build($"^{LeadIns(words.NoLeadIns)}(?:{Alternation(words.No, string.Empty)})");
        _noLeadInsOnly = Build($"^{LeadIns(words.NoLeadIns)}$");
        _negation = Build(Alternation(words.Negations, string.Empty));
        // "没开封的可以退", "没穿过的都能退", "质量没问题的不退": a negation closed by "的" before more of its clause describes the
        // goods meant (the unopened ones), not the answer; what follows the "的" says yes or no. "是不退的" (nothing after) and
        // "不退的话" (a condition) keep theirs.
        // Only before the words that go on about such goods ("都", "可以", "不"): "不做退货的服务" names the service, no goods.
        var chineseNegations = words.Negations.Where(w => !IsLatin(w)).ToList();
        _negatedModifier = chineseNegations.Count == 0 || words.AfterDescribedGoods.Count == 0 ? null
            : Build($@"(?:{Alternation(chineseNegations, string.Empty)})[^，,。；;、\s的]{{0,8}}的(?=\s*(?:{Alternation(words.AfterDescribedGoods, string.Empty)}))");
        _hedge = Build(Alternation(words.Hedges, string.Empty));
        _separators = Build($@"\s*(?:[,，;；、。.!?！？]|{Alternation(words.ClauseBreaks, string.Empty)})\s*");
        _wish = Build(Alternation(words.Wishes, string.Empty));
        _notNeeded = words.NotNeeded.Count == 0 ? null : Build(Alternation(words.NotNeeded, string.Empty));
        _need = Build(Alternation(words.Needs.Concat(words.Wishes), string.Empty));
        _inProgress = words.InProgress.Count == 0 ? null : Build(Alternation(words.InProgress, string.Empty));
        _all = words.AllWords.Count == 0 ? null : Build(Alternation(words.AllWords, string.Empty));
        _some = words.SomeWords.Count == 0 ? null : Build(Alternation(words.SomeWords, string.Empty));
        _done = words.Done.Count == 0 ? null : Build(Alternation(words.Done, string.Empty));
        _lowDegree = words.LowDegree.Count == 0 ? null : Build(Alternation(words.LowDegree, string.Empty));
        _correctionStart = words.Corrections.Count == 0 ? null
            : Build($@"^(?:(?:oh|ah|um+|哦|噢|啊|嗯)[,，\s]*)?(?:{Alternation(words.Corrections, string.Empty)})(?:[,，;；.。!！\s]+|$)");
        // "CE yes", "CE有", "商标有的": a clause that names the thing and ends with a yes; a Chinese yes straight after a
        // negation ("别的没有") is no yes.
        var negated = string.Concat(words.Negations.Where(w => w.Length == 1 && !IsLatin(w)).Select(w => Regex.Escape(w)));
        var chineseYes = words.Yes.Where(w => !IsLatin(w)).ToList();
        var chineseEnd = chineseYes.Count == 0 || negated.Length == 0 ? string.Empty
            : $@"|(?<=\p{{L}})(?<![{negated}])(?:{Alternation(chineseYes, string.Empty)})(?:的|了)?$";
        _yesEnd = Build($@"(?:^|[\s,，])(?:{Alternation(words.Yes.Where(IsLatin), string.Empty)})${chineseEnd}");
    }

    /// <summary>
    /// True when <paramref name="normalized"/> is nothing but a plain yes or no ("可以", "能", "yes", "没有"): it answers
    /// whichever question asked it, and says nothing about a question that did not.
    /// </summary>
    public bool IsPlainYesOrNo(string normalized) => _plainYesOrNo.Contains(normalized);

    /// <summary>
    /// True when one clause of the reply says yes ("有CE", "CE yes") or holds one of the question's answers
    /// (<paramref name="holdsAnswer"/>: "出口欧洲的有检测报告") and another contains a negation, hedged or not ("美国的还没办",
    /// "the rest no idea"), says it is under way ("美国的FCC还在办"), or does not know (<paramref name="isUnknown"/>): a
    /// partial answer.
    /// </summary>
    public bool IsMixed(string normalized, Func<string, bool> isUnknown, Func<string, bool>? holdsAnswer = null)
    {
        var clauses = _separators.Split(normalized).Select(part => part.Trim()).Where(part => part.Length > 0).ToList();
        if (clauses.Count < 2)
        {
            return false;
        }

        // "欧洲的CE做了，美国的还没弄", "VAT注册了，EPR还没弄": a part said done is the yes part.
        // "这个得有认证吧，不过我们什么都没做": a guess at what is needed ("得有…吧") holds nothing.
        var yes = clauses.FindIndex(clause => !IsNegation(clause) && !IsAGuessAtWhatIsNeeded(clause) && (_yesStart.IsMatch(clause) || _yesEnd.IsMatch(clause)
            || (_done?.IsMatch(clause) == true && !_negation.IsMatch(clause)) || holdsAnswer?.Invoke(clause) == true));
        return yes >= 0 && clauses.Where((_, index) => index != yes)
            .Any(clause => isUnknown(clause) || _negation.IsMatch(clause) || _noStart.IsMatch(clause) || _inProgress?.IsMatch(clause) == true);
    }

    /// <summary>
    /// True when a clause guesses at what is needed rather than telling what there is: a word of need and a closing "吧"
    /// ("玩具应该要认证吧", "这个得有认证吧").
    /// </summary>
    private bool IsAGuessAtWhatIsNeeded(string clause) => clause.EndsWith('吧') && _need.IsMatch(clause);

    /// <summary>True when the normalized reply opens with a correction of an earlier answer ("no wait", "oops", "说错了").</summary>
    public bool OpensWithACorrection(string normalized) => _correctionStart?.IsMatch(normalized) == true;

    /// <summary>True when the normalized reply opens with a yes word (and is not a negation).</summary>
    public bool IsAffirmation(string normalized) => !IsNegation(normalized) && _yesStart.IsMatch(normalized);

    /// <summary>
    /// True when the first clause of the normalized reply is a plain negation, or says the thing asked is not wanted
    /// after naming it ("退货不考虑", "returns not needed").
    /// </summary>
    public bool IsNegation(string normalized)
    {
        // "不对，目的地是葡萄牙" corrects another answer: its "不" says nothing about the question waiting.
        while (_correctionStart?.Match(normalized) is { Success: true, Length: > 0 } correction)
        {
            normalized = normalized[correction.Length..];
        }

        // "哦，那我们一个都没弄", "ok. no certs at all": a clause of lead-ins alone ("哦", "well", "ok") is no clause of the
        // answer; the next one is the first. (An English lead-in ends with its separator, which the split took away.)
        // "衣服应该不用认证吧，不过我们一个都没有": a first clause that only guesses what is needed is an aside; the answer is
        // the clause after it.
        var clauses = _separators.Split(normalized).Select(part => part.Trim()).Where(part => part.Length > 0 && !_noLeadInsOnly.IsMatch(part + " ")).ToList();
        var first = WithoutNegatedModifiers(clauses.Count > 1 && IsAGuessAtWhatIsNeeded(clauses[0]) ? clauses[1] : clauses.FirstOrDefault() ?? string.Empty);
        return first.Length > 0 && !_hedge.IsMatch(first) && (_noStart.IsMatch(first) || _notNeeded?.IsMatch(first) == true);
    }

    /// <summary>True when a negation stands before <paramref name="start"/> in the same clause ("we don't have our own brand").</summary>
    public bool NegatesAt(string normalized, int start)
    {
        var before = normalized[..Math.Clamp(start, 0, normalized.Length)];
        var clauseStart = _separators.Matches(before).LastOrDefault() is { } separator ? separator.Index + separator.Length : 0;
        var clause = before[clauseStart..];
        if (_negatedModifier is not null)
        {
            // The words after a description of the goods ("能" of "没用过的能退") stand after the words read, so the
            // descriptions are found in the whole clause and cut from the part before.
            foreach (var modifier in _negatedModifier.Matches(normalized[clauseStart..]).Reverse())
            {
                if (modifier.Index + modifier.Length <= clause.Length)
                {
                    clause = clause.Remove(modifier.Index, modifier.Length);
                }
            }
        }

        return !_hedge.IsMatch(clause) && _negation.IsMatch(clause);
    }

    /// <summary>True when the reply wishes for the thing asked ("would be nice", "最好") and no negation is in the wish's clause ("最好不要").</summary>
    public bool IsWish(string normalized)
    {
        if (_wish.Match(normalized) is not { Success: true } wish || IsNegation(normalized))
        {
            return false;
        }

        var clauseStart = _separators.Matches(normalized[..wish.Index]).LastOrDefault() is { } before ? before.Index + before.Length : 0;
        var next = _separators.Match(normalized, wish.Index + wish.Length);
        var clause = normalized[clauseStart..(next.Success ? next.Index : normalized.Length)];
        return _hedge.IsMatch(clause) || !_negation.IsMatch(clause);
    }

    /// <summary>
    /// True when a clause about a question's topic, with the topic taken out, says no: a negation anywhere in it that is
    /// no hedge ("退换货这一块我们暂时不考虑", "taking returns is not something we do"), or a word that the thing is not wanted.
    /// </summary>
    public bool SaysNo(string rest)
    {
        rest = WithoutNegatedModifiers(rest);
        return rest.Length > 0 && !_hedge.IsMatch(rest) && (_negation.IsMatch(rest) || _notNeeded?.IsMatch(rest) == true);
    }

    // The text without its negated modifiers ("没开封的可以退" → "可以退"): see the constructor.
    private string WithoutNegatedModifiers(string text) => _negatedModifier?.Replace(text, string.Empty) ?? text;

    /// <summary>
    /// True when a clause about a question's topic, with the topic taken out, says yes: it opens with a yes, or needs or
    /// wishes for the thing anywhere ("物流要能跟踪", "能跟踪最好", "a tracking code is a must for us"), and says no no.
    /// </summary>
    public bool SaysYes(string rest) =>
        rest.Length > 0 && !SaysNo(rest) && (_yesStart.IsMatch(rest) || _need.IsMatch(rest));

    /// <summary>True when the reply says the thing asked is under way but not done ("商标在办理中", "the vat number is being processed").</summary>
    public bool IsInProgress(string normalized) => _inProgress?.IsMatch(normalized) == true && !_hedge.IsMatch(normalized);

    /// <summary>
    /// Where a reply puts itself on a question's scale: "some" for a word of some or a little, or "not all" ("a bit
    /// different", "only part of the range", "not all of them"); "all" for a word of all or every with no negation ("every
    /// product we sell carries CE", "每一单都查"); null otherwise.
    /// </summary>
    public string? ScaleOf(string normalized)
    {
        if (_some?.IsMatch(normalized) == true)
        {
            return SomePlace;
        }

        return _all?.IsMatch(normalized) == true && !SaysNo(normalized) ? "all" : null;
    }

    /// <summary>
    /// Where a reply that no words of a question placed leans, for a best guess at it: the middle (<see cref="SomePlace"/>)
    /// for a word of only a little ("差异不大", "we hardly check anything", "区别不是很大") or of some; the bottom
    /// (<see cref="NoPlace"/>) for a negation that is no hedge ("没啥两样", "never tested for anything", "两个都没注册"); null
    /// when it leans nowhere ("看情况吧") or only hedges ("不错", "没问题").
    /// </summary>
    public string? LeaningOf(string normalized)
    {
        if (_lowDegree?.IsMatch(normalized) == true)
        {
            return SomePlace;
        }

        return HasNegation(normalized) || _noStart.IsMatch(_hedge.Replace(normalized, " ").Trim()) ? NoPlace : _some?.IsMatch(normalized) == true ? SomePlace : null;
    }

    /// <summary>True when the normalized reply holds a negation that is no hedge and no asking pair ("先别出结果", "not yet").</summary>
    public bool HasNegation(string normalized)
    {
        var unhedged = _hedge.Replace(normalized, " ");
        return _negation.Matches(unhedged).Any(match => !IsInsideAskingPair(unhedged, match.Index));
    }

    /// <summary>A finder for <paramref name="words"/> as the vocabulary writes them (English words whole, "re:" patterns as written).</summary>
    public static Regex Finder(IEnumerable<string> words) => Build(Alternation(words, string.Empty));

    /// <summary>
    /// True when the "不" or "没" at <paramref name="index"/> sits inside a yes-or-no question pair ("要不要", "需不需要",
    /// "有没有", "高不高"): the pair asks, it negates nothing.
    /// </summary>
    public static bool IsInsideAskingPair(string normalized, int index)
    {
        for (var at = index; at < Math.Min(normalized.Length, index + 2); at++)
        {
            if (normalized[at] is '不' or '没' && at > 0 && at + 1 < normalized.Length && normalized[at - 1] == normalized[at + 1])
            {
                return true;
            }
        }

        return false;
    }

    private static Regex Build(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    // English lead-ins need a space or comma after them ("well, yes"); Chinese ones run straight on ("我们没有").
    private static string LeadIns(IEnumerable<string> leadIns)
    {
        var all = leadIns.ToList();
        var spaced = all.Where(IsLatin).Select(Pattern).ToList();
        var joined = all.Where(w => !IsLatin(w)).Select(Pattern).ToList();
        var parts = new List<string>();
        if (spaced.Count > 0)
        {
            parts.Add($@"(?:{string.Join('|', spaced)})[,\s]+");
        }

        if (joined.Count > 0)
        {
            parts.Add($@"(?:{string.Join('|', joined)})[,，\s]*");
        }

        return parts.Count == 0 ? string.Empty : $"(?:{string.Join('|', parts)})*";
    }

    // Longest first, so "yeah" is tried before "ya" and "还没" before "没"; English words end at a word boundary.
    private static string Alternation(IEnumerable<string> words, string chineseFollow) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => IsLatin(w)
            ? (SlotValueMatcher.IsPattern(w) ? Pattern(w) : $@"\b{Pattern(w)}\b")
            : Pattern(w) + chineseFollow));

    private static string Pattern(string word) =>
        SlotValueMatcher.IsPattern(word) ? $"(?:{word[3..]})" : Regex.Escape(word).Replace(@"\ ", @"\s+", StringComparison.Ordinal);

    private static bool IsLatin(string word) => (SlotValueMatcher.IsPattern(word) ? word[3..] : word).All(c => c < 0x2E80);
}
