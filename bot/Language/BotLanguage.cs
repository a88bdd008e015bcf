namespace CrossBorderBot.Language;

/// <summary>
/// The language a reply is written in: English or Simplified Chinese. Made only from a language tag or locale by
/// <see cref="Of"/>, which asks <see cref="LocaleLanguage"/> (the one "is this Chinese" rule), so code that holds one
/// asks <see cref="IsChinese"/> instead of comparing tags. It converts to its tag ("en", "zh-CN") where a tag is
/// stored or handed to the knowledge library.
/// </summary>
public readonly record struct BotLanguage
{
    public static readonly BotLanguage English = new(chinese: false);
    public static readonly BotLanguage Chinese = new(chinese: true);

    private BotLanguage(bool chinese) => IsChinese = chinese;

    /// <summary>Whether replies are in Chinese; the default value is English.</summary>
    public bool IsChinese { get; }

    /// <summary>The tag stored in the conversation's profile and understood by the knowledge texts.</summary>
    public string Tag => IsChinese ? KnowledgeLanguage.Chinese : KnowledgeLanguage.English;

    /// <summary>The locale stamped on the turn so that prompts and cards pick the same language.</summary>
    public string Locale => IsChinese ? "zh-CN" : "en-US";

    /// <summary>The language a tag or locale names ("zh", "zh-CN", "zh-Hans" are Chinese; anything else, null included, English).</summary>
    public static BotLanguage Of(string? tagOrLocale) => LocaleLanguage.IsChinese(tagOrLocale) ? Chinese : English;

    public static implicit operator string(BotLanguage language) => language.Tag;

    public override string ToString() => Tag;
}
