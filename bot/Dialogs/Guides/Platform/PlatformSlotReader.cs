using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Reads a message for every question of the platform guide ("b2c, womens dresses, budget 1000 usd a month, some
/// experience, no brand" fills five): markets and category from the recognizer, a budget from an amount said as a
/// budget, the rest from the slot vocabulary — and, for the question waiting, its short answers and "don't know".
/// </summary>
public sealed partial class PlatformSlotReader(KnowledgeBase knowledgeBase, GuideLocationResolver locations, SlotVocabulary vocabulary)
{
    private readonly GuidePlaceReader _places = new(knowledgeBase, locations, vocabulary);
    private readonly PlatformNames _platformNames = new(knowledgeBase);

    public const string Model = "model";
    public const string Markets = "markets";
    public const string Category = "category";
    public const string Budget = "budget";
    public const string Experience = "experience";

    /// <summary>The customer taken when the seller does not know yet.</summary>
    private const string UnknownModel = "B2C";
    public const string Brand = "brand";

    /// <summary>The vocabulary's value for a seller who sells to businesses and consumers alike.</summary>
    private const string BothModels = "both";

    private static readonly string[] AllSlots = [Model, Markets, Category, Budget, Experience, Brand];

    public (PlatformAnswers Read, HashSet<string> Defaults) Read(string text, MessageEntities entities, string? waitingSlot)
    {
        var defaults = new HashSet<string>(StringComparer.Ordinal);
        // The logistics guide's reader: "the gulf", "北欧" are their countries, "nwe zealand" is mended and said.
        // "有商标，美国已经注册了" at the brand question: a place said of the brand is where it is registered, not a market.
        // (An opening, with no question waiting, is read whole: "our own brand of shoes for the US" names the market.)
        // "we're a uk company", "我们是一家德国公司": where the seller is from is no market.
        var (placeText, placeEntities) = PlacesSaidOfSomethingElse.WithoutSellersHome(text, entities);
        (placeText, placeEntities) = waitingSlot is null or Markets ? (placeText, placeEntities) : OutsideBrandClauses(placeText, placeEntities);
        // "在亚马逊做过，德国有个海外仓", "our factory is in vietnam": where the stock is kept or the goods are made is no market.
        // At another question, "sold a little on amazon us last year" tells where they sold before, not a market they want;
        // at the experience question so does any clause naming a marketplace ("we've been on ebay germany since 2022",
        // "we did amazon US for a year, then closed it") or telling the experience ("no experience outside china", "国外没卖过，
        // 只在国内做": where they sold or did not is no market wanted). So does an opening's clause about where they sell now or sold, when
        // another clause names the market wanted ("我们在amazon.de上卖了两年了，想开拓美国"): with none left it is kept.
        (placeText, placeEntities) = PlacesSaidOfSomethingElse.Without(placeText, placeEntities,
            clause => PlacesSaidOfSomethingElse.WhereKeptOrMade(clause) || (waitingSlot is not Markets && PlacesSaidOfSomethingElse.WhereSoldBefore(clause))
                || (waitingSlot == Experience && (_platformNames.Find(clause).Count > 0 || vocabulary.ReadAnywhere(Experience, clause) is not null)),
            keepWhenNoneLeft: waitingSlot is null or Markets);
        var said = _places.Read(placeText, placeEntities, waitingSlot == Markets);
        var markets = said.Ids;
        if (said.SaysBack && markets.Count > 0 && waitingSlot == Markets)
        {
            defaults.Add(Markets);
        }

        // "no idea", "国家还没选好": no market chosen yet is any market, said as assumed.
        if (markets.Count == 0 && waitingSlot == Markets && vocabulary.SaysNotGiven(Markets, text) && vocabulary.DefaultOf(Markets) is { } anyMarket)
        {
            markets.Add(anyMarket);
            defaults.Add(Markets);
        }

        var categories = NamedCategories.Of(entities, text).Select(c => c.Id).Where(id => knowledgeBase.FindCategory(id) is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var category = categories.FirstOrDefault();
        if (category is null && waitingSlot == Category && (vocabulary.ReadAnswer(Category, text) is not null || vocabulary.IsUnknown(text)))
        {
            category = PlatformCategoryPrompt.AnyValue;
        }

        var (budget, currency) = ReadBudget(text, entities, waitingSlot, defaults);

        // "roughly 24k usd per year", "一年大概十二万": the question asks per month, so a yearly amount is a twelfth of it,
        // said back as assumed ("I'll go with 2,000 USD a month") so the seller can correct it.
        if (budget is { } yearly && vocabulary.RelativeAmounts.IsPerYear(text))
        {
            budget = Math.Round(yearly / 12m, 0);
            defaults.Add(Budget);
        }

        // "we do both", "2B 2C都做", "mostly b2b, some b2c": the result is for the side named first ("both, mostly
        // wholesale…" is for businesses), consumers when neither is named, and the other side is offered after it.
        // "our buyers are cafes and hotel chains", "卖给养宠物的个人": the customer said by who the buyers are.
        var model = vocabulary.ReadValue(Model, text, waitingSlot, defaults) ?? vocabulary.Buyers.SideOf(text, waitingSlot == Model);

        // "dunno, whichever works better", "客户是谁还说不好，你帮我定吧": the customer not known yet is consumers, said as
        // assumed (most small sellers start there), so the guide goes on instead of "didn't understand".
        if (model is null && waitingSlot == Model && vocabulary.IsUnknown(text))
        {
            model = UnknownModel;
            defaults.Add(Model);
        }
        var sides = vocabulary.ValuesInOrder(Model, text).Select(PlatformAnswerWords.ReadModel).Where(side => side is BusinessModel.B2B or BusinessModel.B2C).Distinct().ToList();
        var both = model == BothModels || sides.Count == 2;
        BusinessModel? first = both ? sides.FirstOrDefault() ?? BusinessModel.B2C : null;
        var experience = PlatformAnswerWords.ReadExperience(vocabulary.ReadValue(Experience, text, waitingSlot, defaults));
        var ownBrand = vocabulary.ReadYesNo(Brand, text, waitingSlot, defaults);

        // "our silicone teething rings", "卖真丝睡衣", "handmade soap" at the category question: goods the category list has no
        // name for are kept in the seller's words and compared across categories, unless the message answered something else.
        // Goods named in a sentence ("we sell foam rollers and jump ropes", "我们同时卖宠物牵引绳和猫砂盆") are kept as said
        // beside the categories they fit, so the seller sees their own words said back.
        var atItsQuestion = waitingSlot == Category;
        var answersAnother = markets.Count > 0 || budget is not null || model is not null || sides.Count > 0 || experience is not null || ownBrand is not null;
        var productWords = (category is null || !atItsQuestion) && !(atItsQuestion && answersAnother) && !vocabulary.IsAnswerWord(text)
            ? UnlistedGoods.Named(text, atItsQuestion && category is null)
            : null;
        // "no brand, we sell generic", "卖的都是杂牌": words that answer the brand question are no goods, nor a category.
        if (productWords is not null && vocabulary.ReadAnywhere(Brand, productWords) is not null)
        {
            productWords = null;
        }

        if (productWords is not null && category is null)
        {
            category = PlatformCategoryPrompt.AnyValue;
        }

        // "就在国内几个小平台做过" at the experience question: a reply in the seller's own words that no phrase placed and
        // that answers no other question takes the option it leans to or shares the most words with, said back as assumed.
        // A message opening with a correction ("sorry, i meant aud, not usd", "搞错了，是欧元") corrects an earlier answer: it is
        // about another question, so no guess at the one waiting.
        if (waitingSlot is Experience or Brand && !answersAnother && !vocabulary.OpensWithACorrection(text) && category is null && productWords is null
            && !vocabulary.IsAboutAnotherQuestion(waitingSlot, [Model, Experience, Brand], text)
            && vocabulary.GuessAnswer(waitingSlot, text) is { } guess)
        {
            experience = waitingSlot == Experience ? PlatformAnswerWords.ReadExperience(guess) : null;
            ownBrand = waitingSlot == Brand ? SlotVocabulary.YesOrNo(guess) : null;
            defaults.Add(waitingSlot);
        }

        var read = new PlatformAnswers
        {
            Model = both ? first : PlatformAnswerWords.ReadModel(model),
            OtherModel = both ? (first == BusinessModel.B2B ? BusinessModel.B2C : BusinessModel.B2B) : null,
            Markets = markets.Count > 0 ? markets : null,
            MarketWords = markets.Count > 0 ? said.GroupWords : null,
            Category = category,
            OtherCategories = categories.Count > 1 ? categories.Skip(1).ToList() : null,
            BudgetAmount = budget,
            BudgetCurrency = currency,
            Experience = experience,
            OwnBrand = ownBrand,
            ProductWords = productWords,
        };
        return (read, defaults);
    }

    /// <summary>
    /// "just give me your pick with what you've got", "后面的我说不上来，先按现有的给我推荐": every question still open takes
    /// its default (consumers, any market, any category, the vocabulary's budget, experience and brand defaults), each
    /// listed in the defaults so the guide says what it assumed.
    /// </summary>
    public (PlatformAnswers Read, HashSet<string> Defaults) OpenQuestionsAsDefaults(PlatformAnswers current)
    {
        var budget = vocabulary.DefaultOf(Budget)?.Split(' ');
        var read = new PlatformAnswers
        {
            Model = current.Model is null ? PlatformAnswerWords.ReadModel(UnknownModel) : null,
            Markets = current.Markets is { Count: > 0 } || vocabulary.DefaultOf(Markets) is not { } anyMarket ? null : [anyMarket],
            Category = current.Category is null ? PlatformCategoryPrompt.AnyValue : null,
            BudgetAmount = current.BudgetAmount is null && budget is [var amount, _] ? decimal.Parse(amount, CultureInfo.InvariantCulture) : null,
            BudgetCurrency = current.BudgetAmount is null && budget is [_, var currency] ? currency : null,
            Experience = current.Experience is null ? PlatformAnswerWords.ReadExperience(vocabulary.DefaultOf(Experience)) : null,
            OwnBrand = current.OwnBrand is null ? vocabulary.DefaultOf(Brand) == "yes" : null,
        };
        return (read, Slots(read).ToHashSet(StringComparer.Ordinal));
    }

    // Goods the category list does not name are kept when the guide runs, but choose no guide: they count for no question.
    public int SlotsRead(RecognizedMessage message) =>
        Read(message.Text, message.Entities, null).Read is var read ? Slots(read).Count(slot => slot != Category || read.Category != PlatformCategoryPrompt.AnyValue || read.ProductWords is null) : 0;

    public (PlatformAnswers Merged, SlotChanges Changes) Merge(PlatformAnswers current, PlatformAnswers read, HashSet<string> defaults, string? waitingSlot, BotLanguage language)
    {
        if (read.BudgetAmount is not null && read.BudgetCurrency is null)
        {
            read = read with { BudgetCurrency = current.BudgetCurrency ?? (language.IsChinese ? "CNY" : "USD") };
        }

        return SlotMerge.Apply(current, Slots(read).ToList(), (slot, answers) => Set(slot, answers, read), (slot, answers) => Describe(slot, answers, language), defaults, waitingSlot);
    }

    private static PlatformAnswers Set(string slot, PlatformAnswers merged, PlatformAnswers read) => slot switch
    {
        Model => merged with { Model = read.Model, OtherModel = read.OtherModel },
        Markets => merged with { Markets = read.Markets, MarketWords = read.MarketWords },
        Category => merged with
        {
            Category = read.Category,
            ProductWords = read.ProductWords,

            // "kitchen knives instead": the products named before stay offered, the one chosen is not.
            OtherCategories = read.OtherCategories ?? new[] { merged.Category }.Concat(merged.OtherCategories ?? [])
                .OfType<string>().Where(id => id != PlatformCategoryPrompt.AnyValue && !string.Equals(id, read.Category, StringComparison.OrdinalIgnoreCase)).ToList(),
        },
        Budget => merged with { BudgetAmount = read.BudgetAmount, BudgetCurrency = read.BudgetCurrency },
        Experience => merged with { Experience = read.Experience },
        _ => merged with { OwnBrand = read.OwnBrand },
    };

    public string? Describe(string slot, PlatformAnswers answers, BotLanguage language)
    {
        var text = PlatformGuideText.For(language);
        return slot switch
        {
            Model => answers.Model is { } model
                ? PlatformAnswerWords.Word(model) + (answers.OtherModel is { } other ? " + " + PlatformAnswerWords.Word(other) : string.Empty)
                : null,
            Markets => answers.Markets is { Count: > 0 } markets
                ? answers.MarketWords is null ? string.Join(text.ListSeparator, markets.Select(id => locations.Name(id, language))) : _places.Say(markets, answers.MarketWords, language)
                : null,
            Category => answers.Category switch
            {
                null => null,
                PlatformCategoryPrompt.AnyValue => answers.ProductWords is { } goods ? $"{goods} ({text.AnyCategory})" : text.AnyCategory,
                var id => AsSaid(answers.ProductWords, string.Join(text.ListSeparator, new[] { id }.Concat(answers.OtherCategories ?? []).Select(one => CategoryName(one, language)))),
            },
            Budget => answers.BudgetAmount is { } amount
                ? string.Format(CultureInfo.InvariantCulture, language.IsChinese ? "每月 {0:#,##0.##} {1}" : "{0:#,##0.##} {1}/month", amount, answers.BudgetCurrency)
                : null,
            Experience => answers.Experience is { } experience ? $"{text.Experience}: {text.Label(experience)}" : null,
            Brand => answers.OwnBrand switch
            {
                true => $"{text.OwnBrand}: {text.Yes}",
                false => $"{text.OwnBrand}: {text.No}",
                _ => null,
            },
            _ => null,
        };
    }

    // The seller's words for the goods first, the categories they fit after ("foam rollers and jump ropes (Sports and
    // outdoors)"); the categories alone when the words are only their name.
    private static string AsSaid(string? goods, string categories) =>
        goods is null || categories.Contains(goods, StringComparison.OrdinalIgnoreCase) ? categories : $"{goods} ({categories})";

    public string CategoryName(string id, BotLanguage language) => knowledgeBase.FindCategory(id)?.Name.Get(language) ?? id;

    public IEnumerable<string> Known(PlatformAnswers answers, BotLanguage language) =>
        AllSlots.Select(slot => Describe(slot, answers, language)).OfType<string>();

    private static IEnumerable<string> Slots(PlatformAnswers read) =>
        AllSlots.Where(slot => slot switch
        {
            Model => read.Model is not null,
            Markets => read.Markets is { Count: > 0 },
            Category => read.Category is not null,
            Budget => read.BudgetAmount is not null,
            Experience => read.Experience is not null,
            _ => read.OwnBrand is not null,
        });

    /// <summary>
    /// The message without its clauses about the brand — its topic or a registration ("trademark registered in the us",
    /// "商标在德国批下来了", "美国已经注册了") — and the places the recognizer found only there: outside the market question such
    /// a place says where the brand is protected, and taken as the markets it would drop the ones kept (US and Canada → US).
    /// </summary>
    private (string Text, MessageEntities Entities) OutsideBrandClauses(string text, MessageEntities entities)
    {
        var clauses = CueBook.Get(Cue.PlatformSlotClauseBreak).Split(text);
        var brandClauses = clauses.Where(clause => vocabulary.NamesTopic(Brand, clause) || CueBook.Get(Cue.PlatformSlotRegistered).IsMatch(clause)).ToList();
        if (brandClauses.Count == 0)
        {
            return (text, entities);
        }

        var rest = string.Join(", ", clauses.Except(brandClauses));
        bool Outside(string words) => rest.Contains(words, StringComparison.OrdinalIgnoreCase);
        return (rest, entities with
        {
            Countries = [.. entities.Countries.Where(c => Outside(c.Text))],
            Regions = [.. entities.Regions.Where(r => Outside(r.Text))],
        });
    }

    /// <summary>An amount counts as the budget when the budget question waits or the message says it is one.</summary>
    private (decimal? Amount, string? Currency) ReadBudget(string text, MessageEntities entities, string? waitingSlot, HashSet<string> defaults)
    {
        // "a couple hundred dollars a month", "几千块吧，不多": an amount said by its size only is a round figure of that size,
        // in the currency named or, said as assumed, the one the merge takes.
        if ((waitingSlot == Budget || CueBook.Get(Cue.PlatformSlotBudgetWords).IsMatch(text)) && vocabulary.RelativeAmounts.Vague(text) is { } vague)
        {
            if (vague.Currency is null)
            {
                defaults.Add(Budget);
            }

            return (vague.Amount, vague.Currency);
        }

        // "two hundred", "预算三千左右" at the budget question: the amount, in the currency the merge assumes and says.
        if (waitingSlot == Budget && BareAmount.Read(text) is { } typed)
        {
            defaults.Add(Budget);
            return (typed, null);
        }

        var money = entities.Money.FirstOrDefault(m => m.Amount >= 0 && knowledgeBase.ExchangeRates.Knows(m.Currency));
        // Entities with no words come from another guide ("Choose platforms" after readiness passes its budget).
        // "sorry, i meant 2k rmb, not 20k" while another question waits: an amount said as a correction can only be the
        // budget, the guide's one amount of money.
        if (money is not null && (waitingSlot == Budget || string.IsNullOrWhiteSpace(text) || CueBook.Get(Cue.PlatformSlotBudgetWords).IsMatch(text)
            || vocabulary.OpensWithACorrection(text)))
        {
            // "两千": the recognizer gives a currency no one typed; the merge assumes one and says it. (Entities passed on
            // by another guide, with no message, carry the currency that guide used.)
            if (!string.IsNullOrWhiteSpace(text) && BareAmount.Read(money.Text) is not null)
            {
                defaults.Add(Budget);
                return (money.Amount, null);
            }

            return (money.Amount, money.Currency.ToUpperInvariant());
        }

        // "what if our budget was 5k a month?": an amount said to be the budget without a currency keeps the one in use.
        if (money is null && CueBook.Get(Cue.PlatformSlotBareBudget).Match(text) is { Success: true } bare
            && decimal.TryParse(bare.Groups["amount"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var bareAmount))
        {
            return (bareAmount * bare.Groups["scale"].Value.ToLowerInvariant() switch { "k" or "千" => 1_000m, "万" => 10_000m, _ => 1m }, null);
        }

        // "budget around two thousand a month", "预算两千左右": an amount in words said to be the budget, with no currency: the
        // merge assumes one and says it.
        if (money is null && CueBook.Get(Cue.PlatformSlotBudgetInWords).Match(text) is { Success: true } words && BareAmount.Read(words.Groups["amount"].Value) is { } spelled)
        {
            defaults.Add(Budget);
            return (spelled, null);
        }

        if (waitingSlot == Budget && (vocabulary.ReadAnswer(Budget, text) is not null || vocabulary.IsUnknown(text))
            && vocabulary.DefaultOf(Budget)?.Split(' ') is [var amount, var currency])
        {
            defaults.Add(Budget);
            return (decimal.Parse(amount, CultureInfo.InvariantCulture), currency);
        }

        return (null, null);
    }
}
