namespace CrossBorderBot.Understanding;

/// <summary>
/// What every match of a regex pattern must contain: a set of strings such that each match consumes at least one of
/// them (compared ignoring case), found by reading the pattern once. A cue's regex then runs only on a message that
/// contains one of them (<see cref="CueRegex"/>); on the others its answer is known to be "no match".
/// </summary>
/// <remarks>
/// <para>
/// The reading is conservative: a part of the pattern it cannot vouch for requires nothing, and a pattern it does not
/// fully understand (a conditional, an unknown group, whitespace-insensitive syntax) gets no strings at all, so its
/// regex always runs. What it relies on: a run of plain characters with no quantifier is consumed as written; a group
/// or a character repeated at least once is consumed at least once; one branch of every alternation is taken; a
/// lookaround, an anchor, a class, an escape that names a class and anything optional require nothing.
/// </para>
/// <para>
/// The strings are searched ignoring case (ordinal), which finds a superset of what the pattern matches, whether the
/// pattern ignores case or not. Two characters the regex engine's case-insensitive matching equates with an ASCII
/// letter and ordinal comparison does not (<see cref="RegexOnlyCaseVariants"/>: the long s, the Kelvin sign) make a
/// message skip the check. Outside ASCII only caseless characters (Chinese characters, punctuation) go into a string;
/// any other character ends the run it is in.
/// </para>
/// </remarks>
internal static class RequiredLiterals
{
    /// <summary>A string lighter than this (an ASCII letter counts 1, any other character 2) is not worth a search.</summary>
    public const int MinimumWeight = 2;

    /// <summary>
    /// The strings of which every match of the pattern consumes one, or null when the pattern guarantees none worth
    /// searching for.
    /// </summary>
    public static IReadOnlyList<string>? Of(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            return null;
        }

        try
        {
            var reader = new PatternReader(pattern);
            var required = reader.Alternation();
            return reader.AtEnd && required is not null && Weight(required) >= MinimumWeight ? required : null;
        }
        catch (UnreadablePattern)
        {
            return null;
        }
    }

    /// <summary>
    /// The characters the regex engine, ignoring case, takes for an ASCII letter (ſ for s, K for k) where ordinal
    /// ignore-case comparison does not: a message that holds one is not checked, its regex runs.
    /// </summary>
    public const string RegexOnlyCaseVariants = "\u017F\u212A";

    /// <summary>
    /// Whether a character may go into a required string: the search (<see cref="RequiredStrings"/>: ASCII case
    /// ignored, other characters as they are) finds every character the regex engine equates with it, or the message
    /// holds one of <see cref="RegexOnlyCaseVariants"/>. Outside ASCII that is the caseless: Chinese characters and
    /// punctuation.
    /// </summary>
    public static bool Searchable(char c) => c < 128
        || char.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    /// <summary>How selective a set is: the weight of its lightest string.</summary>
    private static int Weight(IReadOnlyList<string> set) => set.Min(s => s.Sum(c => c < 128 ? 1 : 2));

    /// <summary>Of two requirements of one sequence, the more selective: heavier lightest string, then fewer strings.</summary>
    private static List<string>? Better(List<string>? a, List<string>? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        var (wa, wb) = (Weight(a), Weight(b));
        return wa != wb ? (wa > wb ? a : b) : (a.Count <= b.Count ? a : b);
    }

    private sealed class UnreadablePattern : Exception;

    /// <summary>A recursive reader of .NET regex syntax that keeps only what a match must consume.</summary>
    private sealed class PatternReader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at == pattern.Length;

        /// <summary>Branches up to the closing parenthesis or the end: one of them is taken, so any branch's set.</summary>
        public List<string>? Alternation()
        {
            var union = Sequence();
            while (_at < pattern.Length && pattern[_at] == '|')
            {
                _at++;
                var branch = Sequence();
                if (union is null || branch is null)
                {
                    union = null;
                    continue;
                }

                union.AddRange(branch.Where(s => !union.Contains(s, StringComparer.OrdinalIgnoreCase)));
            }

            return union;
        }

        /// <summary>One branch: its atoms in order; every one consumed, so the most selective of their sets.</summary>
        private List<string>? Sequence()
        {
            List<string>? best = null;
            var run = new StringBuilder();
            void EndRun()
            {
                if (run.Length > 0)
                {
                    best = Better(best, [run.ToString()]);
                    run.Clear();
                }
            }

            while (_at < pattern.Length && pattern[_at] is not ('|' or ')'))
            {
                var (literal, group) = Atom();
                var least = LeastRepeats();
                if (literal is { } c && Searchable(c) && least > 0)
                {
                    run.Append(c);
                    if (least == 1 && !Repeated)
                    {
                        continue;
                    }
                }

                EndRun();
                if (group is not null && least > 0)
                {
                    best = Better(best, group);
                }
            }

            EndRun();
            return best;
        }

        /// <summary>Whether the atom just read had a quantifier (set by <see cref="LeastRepeats"/>).</summary>
        private bool Repeated { get; set; }

        /// <summary>Reads one atom: a plain character, a group with what it requires, or anything else (nothing).</summary>
        private (char? Literal, List<string>? Group) Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return (null, Group());
                case '[':
                    SkipClass();
                    return (null, null);
                case '\\':
                    return (Escape(), null);
                case '.' or '^' or '$' or '{':
                    return (null, null);
                case '*' or '+' or '?':
                    throw new UnreadablePattern();
                default:
                    return (c, null);
            }
        }

        private List<string>? Group()
        {
            if (!Take('?'))
            {
                return Closed(Alternation());
            }

            if (Take(':') || Take('>') || NamedCapture())
            {
                return Closed(Alternation());
            }

            if (Take('=') || Take('!') || Take("<=") || Take("<!"))
            {
                _ = Closed(Alternation());
                return null;
            }

            if (Take('#'))
            {
                _at = pattern.IndexOf(')', _at) is var end and >= 0 ? end + 1 : throw new UnreadablePattern();
                return null;
            }

            // Inline options, (?imns-imns) or (?imns-imns:…); x changes the syntax, so it is not read.
            var start = _at;
            while (_at < pattern.Length && pattern[_at] is 'i' or 'm' or 'n' or 's' or '-')
            {
                _at++;
            }

            if (_at == start || _at == pattern.Length)
            {
                throw new UnreadablePattern();
            }

            return Take(')') ? null : Take(':') ? Closed(Alternation()) : throw new UnreadablePattern();
        }

        private bool NamedCapture()
        {
            var open = pattern[_at];
            if (open is not ('<' or '\'') || (_at + 1 < pattern.Length && pattern[_at + 1] is '=' or '!'))
            {
                return false;
            }

            var close = pattern.IndexOf(open == '<' ? '>' : '\'', _at + 1);
            _at = close >= 0 ? close + 1 : throw new UnreadablePattern();
            return true;
        }

        private List<string>? Closed(List<string>? content) =>
            Take(')') ? content : throw new UnreadablePattern();

        /// <summary>An escape: the character for an escaped punctuation mark; null for classes, anchors, codes and references.</summary>
        private char? Escape()
        {
            if (_at == pattern.Length)
            {
                throw new UnreadablePattern();
            }

            var c = pattern[_at++];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return c;
            }

            switch (c)
            {
                case 'p' or 'P':
                    _at = Take('{') && pattern.IndexOf('}', _at) is var end and >= 0 ? end + 1 : throw new UnreadablePattern();
                    break;
                case 'k':
                    if (!NamedCapture())
                    {
                        throw new UnreadablePattern();
                    }

                    break;
                case 'x':
                    _at += 2;
                    break;
                case 'u':
                    _at += 4;
                    break;
                case 'c':
                    _at += 1;
                    break;
                case >= '0' and <= '9':
                    while (_at < pattern.Length && char.IsAsciiDigit(pattern[_at]))
                    {
                        _at++;
                    }

                    break;
            }

            return _at <= pattern.Length ? null : throw new UnreadablePattern();
        }

        /// <summary>Skips a character class, with its escapes and subtractions ([a-z-[aeiou]]); a ']' first is a member.</summary>
        private void SkipClass()
        {
            var depth = 1;
            _ = Take('^');
            _ = Take(']');
            while (_at < pattern.Length)
            {
                var c = pattern[_at++];
                if (c == '\\')
                {
                    _at++;
                }
                else if (c == '-' && _at < pattern.Length && pattern[_at] == '[')
                {
                    _at++;
                    depth++;
                }
                else if (c == ']' && --depth == 0)
                {
                    return;
                }
            }

            throw new UnreadablePattern();
        }

        /// <summary>The fewest times the quantifier after an atom lets it occur (1 when there is none).</summary>
        private int LeastRepeats()
        {
            Repeated = true;
            int least;
            if (Take('*') || Take('?'))
            {
                least = 0;
            }
            else if (Take('+'))
            {
                least = 1;
            }
            else if (Bounds() is { } bounded)
            {
                least = bounded;
            }
            else
            {
                Repeated = false;
                return 1;
            }

            _ = Take('?');
            return least;
        }

        /// <summary>{n}, {n,} or {n,m}: n; anything else after a '{' is not a quantifier (nothing read).</summary>
        private int? Bounds()
        {
            if (_at >= pattern.Length || pattern[_at] != '{')
            {
                return null;
            }

            var i = _at + 1;
            var digits = i;
            while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
            {
                i++;
            }

            if (i == digits)
            {
                return null;
            }

            var least = int.Parse(pattern.AsSpan(digits, i - digits), CultureInfo.InvariantCulture);
            if (i < pattern.Length && pattern[i] == ',')
            {
                i++;
                while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
                {
                    i++;
                }
            }

            if (i >= pattern.Length || pattern[i] != '}')
            {
                return null;
            }

            _at = i + 1;
            return least;
        }

        private bool Take(char c)
        {
            if (_at < pattern.Length && pattern[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        private bool Take(string s)
        {
            if (string.CompareOrdinal(pattern, _at, s, 0, s.Length) == 0)
            {
                _at += s.Length;
                return true;
            }

            return false;
        }
    }
}
