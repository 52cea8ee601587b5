package eu.mobilisesme.deploy;

import static eu.mobilisesme.deploy.SamTemplate.list;
import static eu.mobilisesme.deploy.SamTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.testing.RequiredTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing page gets the not-found page of its language: the distribution's site origin is an origin group that
 * fails over to the not-found function on S3's 403/404, and that function's JavaScript (run here with node, with a
 * stand-in for the S3 client) answers 404 with {@code <lang>/404.html}, or the root's page outside the languages.
 */
class NotFoundFunctionTest {

    private static SamTemplate template;

    @BeforeAll
    static void read() {
        template = SamTemplate.atRepositoryRoot();
    }

    @Test
    void the_site_origin_fails_over_to_the_signed_not_found_function_on_403_and_404() {
        Map<String, Object> distribution = map(template.properties("Distribution").get("DistributionConfig"));
        String target = (String) map(distribution.get("DefaultCacheBehavior")).get("TargetOriginId");
        Map<String, Object> group = list(map(distribution.get("OriginGroups")).get("Items")).stream()
                .map(SamTemplate::map).filter(g -> target.equals(g.get("Id"))).findFirst().orElseThrow();
        assertThat(list(map(map(group.get("FailoverCriteria")).get("StatusCodes")).get("Items")))
                .containsExactlyInAnyOrder(403, 404);
        assertThat(list(map(group.get("Members")).get("Items"))).containsExactly(Map.of("OriginId", "site"),
                Map.of("OriginId", "notfound"));
        Map<String, Object> origin = list(distribution.get("Origins")).stream().map(SamTemplate::map)
                .filter(o -> "notfound".equals(o.get("Id"))).findFirst().orElseThrow();
        assertThat(origin.get("OriginAccessControlId"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("NotFoundOriginAccessControl", "Id")));
        assertThat(map(template.properties("NotFoundOriginAccessControl").get("OriginAccessControlConfig")))
                .containsEntry("OriginAccessControlOriginType", "lambda").containsEntry("SigningBehavior", "always");
        assertThat(template.properties("NotFoundFunctionUrl")).containsEntry("AuthType", "AWS_IAM");
        assertThat(template.properties("NotFoundFunctionUrlPermission"))
                .containsEntry("Principal", "cloudfront.amazonaws.com")
                .containsEntry("Action", "lambda:InvokeFunctionUrl");
        // The five-language page stays the fallback should the function fail.
        assertThat(list(distribution.get("CustomErrorResponses"))).contains(Map.of("ErrorCode", 403,
                "ResponseCode", 404, "ResponsePagePath", "/404.html", "ErrorCachingMinTTL", 60));
    }

    @Test
    void the_function_answers_404_with_the_languages_page_or_the_roots(@TempDir Path folder)
            throws IOException, InterruptedException {
        String code = (String) map(template.properties("NotFoundFunction").get("Code")).get("ZipFile");
        Files.writeString(folder.resolve("index.js"), code);
        Path sdk = Files.createDirectories(folder.resolve("node_modules/@aws-sdk/client-s3"));
        Files.writeString(sdk.resolve("index.js"), """
                // Stands in for the S3 client: the bucket holds global.pages; any other key is refused, as S3
                // refuses a missing key when the reader may not list the bucket.
                class GetObjectCommand { constructor(input) { this.input = input; } }
                class S3Client {
                  async send(command) {
                    const { Bucket, Key } = command.input;
                    if (Bucket !== process.env.SITE_BUCKET || !(Key in global.pages)) {
                      const denied = new Error('Access Denied'); denied.name = 'AccessDenied'; throw denied;
                    }
                    return { Body: { transformToString: async () => global.pages[Key] } };
                  }
                }
                module.exports = { S3Client, GetObjectCommand };
                """);
        Files.writeString(folder.resolve("run.js"), """
                global.pages = { 'de/404.html': '<html lang="de">', 'fr/404.html': '<html lang="fr">',
                                 '404.html': '<html lang="en"> five languages' };
                const f = require('./index.js');
                (async () => {
                  const paths = ['/de/nope/index.html', '/fr/a/b/c.html', '/fr', '/es/nope/index.html', '/nope',
                                 '/xx/', '/deutsch/index.html', ''];
                  for (const path of paths) {
                    const answer = await f.handler({ rawPath: path, requestContext: { http: { method: 'GET' } } }, {});
                    console.log(path + '|' + answer.statusCode + '|' + answer.headers['content-type'] + '|' + answer.body);
                  }
                  const head = await f.handler({ rawPath: '/de/x', requestContext: { http: { method: 'HEAD' } } }, {});
                  console.log('HEAD|' + head.statusCode + '|' + head.headers['content-type'] + '|' + head.body);
                  global.pages = {};
                  const none = await f.handler({ rawPath: '/de/x', requestContext: { http: { method: 'GET' } } }, {});
                  console.log('none|' + none.statusCode + '|' + none.headers['content-type'] + '|' + none.body);
                })().catch((e) => { console.error(e); process.exit(1); });
                """);
        Process node;
        try {
            ProcessBuilder builder = new ProcessBuilder("node", "run.js").directory(folder.toFile());
            builder.environment().put("SITE_BUCKET", "site-bucket");
            node = builder.redirectErrorStream(true)
                    .redirectOutput(folder.resolve("out.txt").toFile()).start();
        } catch (IOException notInstalled) {
            throw RequiredTool.missing("Node.js", "the not-found function's code is run with node");
        }
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        String out = Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(node.exitValue()).as(out).isZero();
        Map<String, String> answers = new LinkedHashMap<>();
        out.lines().map(line -> line.split("\\|", 2)).forEach(parts -> answers.put(parts[0], parts[1]));
        String html = "404|text/html; charset=utf-8|";
        assertThat(answers).containsEntry("/de/nope/index.html", html + "<html lang=\"de\">")
                .containsEntry("/fr/a/b/c.html", html + "<html lang=\"fr\">")
                .containsEntry("/fr", html + "<html lang=\"fr\">")
                .containsEntry("/es/nope/index.html", html + "<html lang=\"en\"> five languages")
                .containsEntry("/nope", html + "<html lang=\"en\"> five languages")
                .containsEntry("/xx/", html + "<html lang=\"en\"> five languages")
                .containsEntry("/deutsch/index.html", html + "<html lang=\"en\"> five languages")
                .containsEntry("", html + "<html lang=\"en\"> five languages")
                .containsEntry("HEAD", html)
                .containsEntry("none", "404|text/plain; charset=utf-8|Not found");
    }
}
