using GovernanceRewards.Chain;

namespace GovernanceRewards.Contracts.Tests;

public sealed class RedactionTests
{
    [Theory]
    [InlineData("ws://user:secret@node.example:8546/", "ws://***@node.example:8546/")]
    [InlineData("https://secret@node.example/rpc", "https://***@node.example/rpc")]
    [InlineData("https://mainnet.infura.io/v3/0123456789abcdef0123456789abcdef", "https://mainnet.infura.io/v3/***")]
    [InlineData("wss://eth-sepolia.g.alchemy.com/v2/aB3dE_fGh1JkLmN0pQrS-tUv", "wss://eth-sepolia.g.alchemy.com/v2/***")]
    [InlineData("https://rpc.ankr.com/eth/0123456789abcdef0123456789abcdef/", "https://rpc.ankr.com/eth/***/")]
    [InlineData("https://node.example/rpc?apikey=s3cr3t&chain=1", "https://node.example/rpc?apikey=***&chain=1")]
    [InlineData("https://node.example/?network=main&access_token=s3cr3t", "https://node.example/?network=main&access_token=***")]
    public void Credentials_in_an_rpc_url_are_masked(string url, string shown) => Assert.Equal(shown, Redaction.Redact(url));

    [Theory]
    [InlineData("http://127.0.0.1:8545")]
    [InlineData("https://eth-mainnet.public.blastapi.io/")]
    [InlineData("https://rpc.sepolia.org/v3/eth-mainnet")]
    [InlineData("https://abcdefghijklmnopqrstuvwxyz0123.example.org/rpc")]
    [InlineData("no configuration file at /tmp/govrewards-config-wRi2x8Lq0vYk/none.json")]
    public void An_url_without_credentials_is_shown_as_it_is(string url) => Assert.Equal(url, Redaction.Redact(url));

    [Theory]
    [InlineData("https://user:p%40ss%2Fword@node.example/rpc", "https://***@node.example/rpc")]
    [InlineData("http://127.0.0.1:8545", "http://127.0.0.1:8545/")]
    public void A_uri_is_masked_in_its_escaped_form(string url, string shown) => Assert.Equal(shown, Redaction.Redact(new Uri(url)));

    [Theory]
    [InlineData("Host=db;Username=gov;Password=s3cr3t;Database=gov", "Host=db;Username=gov;Password=***;Database=gov")]
    [InlineData("Password = 's3;cr3t' ;Host=db", "Password = *** ;Host=db")]
    [InlineData("host=db;pwd=\"s3cr3t\"", "host=db;pwd=***")]
    [InlineData("postgres://gov:s3cr3t@db:5432/gov", "postgres://***@db:5432/gov")]
    public void A_connection_strings_password_is_masked(string connectionString, string shown) =>
        Assert.Equal(shown, Redaction.Redact(connectionString));

    [Fact]
    public void A_message_quoting_an_url_keeps_its_words_and_loses_the_secret()
    {
        var message = Redaction.Redact(new Uri("https://user:pa55@node.example/v3/0123456789abcdef0123456789abcdef")) + " refused";

        Assert.Equal("https://***@node.example/v3/*** refused", message);
        Assert.Equal("cannot reach the RPC at https://***@node.example/: timed out",
            Redaction.Redact("cannot reach the RPC at https://user:pa55@node.example/: timed out"));
    }
}
