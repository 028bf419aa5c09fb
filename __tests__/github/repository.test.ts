// Which GitHub repository a checkout is, for the images its workflows name after it.
import { describe, expect, it } from "vitest";
import { repositoryOf, repositoryOfRemote } from "../../src/github/repository.js";

describe("the repository a checkout is", () => {
  it.each([
    ["https://github.com/acme/shop.git", "acme/shop"],
    ["https://github.com/acme/shop", "acme/shop"],
    ["git@github.com:acme/shop-api.git", "acme/shop-api"],
    ["ssh://git@github.com/acme/shop.v2/", "acme/shop.v2"],
  ])("reads %s as %s", (url, repo) => {
    expect(repositoryOfRemote(`${url}\n`)).toBe(repo);
  });

  it("names no repository for another host", () => {
    expect(repositoryOfRemote("https://gitlab.com/acme/shop.git")).toBeUndefined();
  });

  it("takes the runner's GITHUB_REPOSITORY first, and ignores one that is not owner/name", async () => {
    expect(await repositoryOf("/nonexistent", { GITHUB_REPOSITORY: "acme/shop" })).toBe("acme/shop");
    expect(await repositoryOf("/nonexistent", { GITHUB_REPOSITORY: "not a repository" })).toBeUndefined();
  });
});
