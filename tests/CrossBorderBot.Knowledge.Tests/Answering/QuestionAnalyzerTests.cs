using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Knowledge.Tests.Answering;

public class QuestionAnalyzerTests
{
    private static QuestionAnalysis Analyze(string question) => RealAnswerer.Answerer.Analyzer.Analyze(question);

    [Theory]
    [InlineData("What is Japan's duty-free threshold?", "jp")]
    [InlineData("Japanese consumption tax?", "jp")]
    [InlineData("VAT for German customers", "de")]
    [InlineData("How much VAT in Britain?", "gb")]
    [InlineData("Does the US have a VAT?", "us")]
    [InlineData("寄到韩国的包裹", "kr")]
    [InlineData("印尼的增值税", "id")]
    public void Markets_are_found_by_name_alias_adjective_and_code(string question, string market)
    {
        Assert.Contains(Analyze(question).Entities, e => e.Kind == EntityKind.Market && e.Id == market);
    }

    [Fact]
    public void A_pronoun_is_not_a_country_code()
    {
        Assert.DoesNotContain(Analyze("Can you help us with shipping?").Entities, e => e.Kind == EntityKind.Market);
    }

    [Fact]
    public void A_country_without_a_market_entry_is_named_as_such()
    {
        Assert.Contains(Analyze("What is the GST rate in Pakistan?").Entities, e => e.Kind == EntityKind.Country && e.Id == "pk");
    }

    [Theory]
    [InlineData("What does UKCA stand for?", EntityKind.GlossaryTerm, "ukca")]
    [InlineData("Is RoHS needed for LED lamps?", EntityKind.Compliance, "reach-rohs")]
    [InlineData("Which Incoterm should I quote?", EntityKind.GlossaryTerm, "incoterms")]
    [InlineData("Compare Alibaba.com and Made-in-China", EntityKind.Platform, "made-in-china")]
    [InlineData("速卖通佣金是多少？", EntityKind.Platform, "aliexpress")]
    [InlineData("海运到美国要多久", EntityKind.LogisticsChannel, "sea-freight-overseas-warehouse")]
    [InlineData("9610和9710的区别", EntityKind.ExportMode, "9710")]
    public void Marks_terms_platforms_channels_and_export_modes_are_found(string question, EntityKind kind, string id)
    {
        Assert.Contains(Analyze(question).Entities, e => e.Kind == kind && e.Id == id);
    }

    [Theory]
    [InlineData("What is the standard VAT rate in the UK?", QuestionKind.Rate)]
    [InlineData("英国的增值税税率是多少？", QuestionKind.Rate)]
    [InlineData("What's the duty-free limit in Korea?", QuestionKind.Threshold)]
    [InlineData("韩国个人进口免税额度是多少？", QuestionKind.Threshold)]
    [InlineData("What does CIF stand for?", QuestionKind.Expansion)]
    [InlineData("How long does ePacket take to the US?", QuestionKind.Duration)]
    [InlineData("What commission does DHgate charge?", QuestionKind.Fees)]
    [InlineData("My parcel is stuck, what should I do?", QuestionKind.Problem)]
    [InlineData("When did UKCA start?", QuestionKind.Date)]
    [InlineData("DDP or DDU?", QuestionKind.Comparison)]
    [InlineData("9610和9710有什么区别？", QuestionKind.Comparison)]
    public void The_kind_of_question_is_recognised(string question, QuestionKind kind)
    {
        Assert.Equal(kind, Analyze(question).Kind);
    }

    [Theory]
    [InlineData("What was the US de minimis in March 2025?", "2025-03-15")]
    [InlineData("What was Russia's limit in 2023?", "2023-07-01")]
    [InlineData("Before July 2018, did imports pay GST?", "2018-06-30")]
    [InlineData("2023年2月阿联酋的免关税额度是多少？", "2023-02-15")]
    [InlineData("2019年英国的免税额", "2019-07-01")]
    public void As_of_dates_are_read(string question, string date)
    {
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Analyze(question).AsOf);
    }

    [Fact]
    public void A_regulation_number_is_not_a_date()
    {
        Assert.Null(Analyze("What does Regulation 2023/988 require?").AsOf);
    }
}
