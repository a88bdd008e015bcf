namespace CrossBorderBot.Dialogs.Slots;

/// <summary>The JSON shape of slot-vocabulary.json.</summary>
public sealed class SlotVocabularyFile
{
    public List<string> UnknownWords { get; set; } = [];

    /// <summary>How people say yes, no and "would be nice", read at every yes/no question.</summary>
    public SlotYesNoWords YesNo { get; set; } = new();

    public Dictionary<string, SlotWords> Slots { get; set; } = [];

    /// <summary>Who the buyers are, for the platform guide's customer question ("cafes", "parents", "散客").</summary>
    public BuyerWordsFile Buyers { get; set; } = new();

    /// <summary>One-character place names that Chinese joins into groups ("欧" + "美"), with the place's knowledge-base id.</summary>
    public Dictionary<string, string> PlaceAbbreviations { get; set; } = [];

    /// <summary>Groups of countries people name in words the knowledge base has no market or region for ("the Gulf", "北欧").</summary>
    public List<RegionWordGroup> RegionWords { get; set; } = [];

    /// <summary>Sellers' own names for logistics channels ("邮政小包", "e-packet"), by the channel's knowledge-base id.</summary>
    public Dictionary<string, List<string>> ChannelWords { get; set; } = [];

    /// <summary>Amounts changed by a factor ("half as much", "翻倍") and the words naming what they change.</summary>
    public RelativeAmountWords RelativeAmounts { get; set; } = new();

    /// <summary>Marketplaces that sell in one home market, by platform id, with that market's knowledge-base id.</summary>
    public Dictionary<string, string> PlatformHomeMarkets { get; set; } = [];

    /// <summary>Named days a parcel must arrive by ("before christmas", "月底前"), and the words that make them a deadline.</summary>
    public DeadlineWords Deadlines { get; set; } = new();

    /// <summary>Named families of words a guide reads as one: the result asked for, where to begin.</summary>
    public WordFamilies Families { get; set; } = [];
}
