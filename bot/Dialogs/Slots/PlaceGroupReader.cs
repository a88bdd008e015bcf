namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// Groups of places that Chinese writes as one word of one-character names: "欧美" (Europe and the United States),
/// "日韩", "新马泰". Every place of the group is read, in the order written, so none is dropped; a run that goes on
/// into another word ("新加坡", "加德满都") is not a group.
/// </summary>
public sealed partial class PlaceGroupReader
{
    private readonly IReadOnlyDictionary<string, string> _placeByCharacter;
    private readonly Regex _groups;

    public PlaceGroupReader(IReadOnlyDictionary<string, string> placeByCharacter)
    {
        _placeByCharacter = placeByCharacter;
        var characters = string.Concat(placeByCharacter.Keys.Where(key => key.Length == 1).Select(key => Regex.Escape(key)));
        _groups = characters.Length == 0
            ? new Regex("(?!)", RegexOptions.None, TimeSpan.FromSeconds(1))
            : new Regex($"[{characters}]{{2,5}}(?={GroupEnd().ToString()})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>True when <paramref name="name"/> is one of the one-character place names Chinese writes ("美", "日").</summary>
    public bool IsOneCharacterName(string name) => name.Length == 1 && _placeByCharacter.ContainsKey(name);

    /// <summary>The knowledge-base ids of every place group in <paramref name="text"/>, in order, without repeats.</summary>
    public IReadOnlyList<string> Read(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var places = new List<string>();
        foreach (Match group in _groups.Matches(text))
        {
            // The run must be a word of its own: a place character just before it makes it part of a longer run.
            if (group.Index > 0 && _placeByCharacter.ContainsKey(text[group.Index - 1].ToString()))
            {
                continue;
            }

            foreach (var character in group.Value)
            {
                var id = _placeByCharacter[character.ToString()];
                if (!places.Contains(id, StringComparer.OrdinalIgnoreCase))
                {
                    places.Add(id);
                }
            }
        }

        return places;
    }

    // What may follow a group: the end, punctuation or space, or a word that says "market", "countries", "buyers"…
    [GeneratedRegex(@"[\s\p{P}]|市场|国家|地区|等|两|三|四|的|方向|客户|买家|消费者|和|及|与|为主|一带|那边|站|区|线|专线|$")]
    private static partial Regex GroupEnd();
}
