"""Signing in to the explorer of a team archive, in a real browser (headless Chromium).

    scripts/with-postgres.sh python Tests/browser/signin_test.py --kingraph PATH --archive graphs/sample.json

Needs the throwaway server `scripts/with-postgres.sh` starts (KINGRAPH_TEST_POSTGRES,
PGPASSWORD). Makes a team archive of the sample in a new database with a viewer and
an analyst, starts `kingraph serve --reveal-protected` on it and, in Chromium: the
token opens the sign-in form (no page without it), a wrong password gets the form
again with the server's message, the viewer's pages never hold a protected person's
name even though the server reveals protected people, sign-out ends the session, and
the analyst sees the name. Drops the database and the roles at the end.
Exits 1 with the reasons when anything fails.
"""
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from explorer_test import arguments, browser, check, check_policy, finish, screenshot, start_server, stop, wait  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402


def psql(url, sql):
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql], check=True,
                   stdout=subprocess.DEVNULL)


def run(kingraph, *args, password=None):
    env = dict(os.environ)
    if password is not None:
        env["KINGRAPH_NEW_PASSWORD"] = password
    subprocess.run([kingraph, *args], check=True, stdout=subprocess.DEVNULL, env=env)


def sign_in(driver, base, user, password):
    driver.get(base + "sign-in")
    driver.find_element(By.NAME, "user").clear()
    driver.find_element(By.NAME, "user").send_keys(user)
    driver.find_element(By.NAME, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form.sign-in button[type=submit]").click()


def main():
    args = arguments()
    admin = os.environ.get("KINGRAPH_TEST_POSTGRES")
    if not admin:
        raise SystemExit("KINGRAPH_TEST_POSTGRES is not set: run through scripts/with-postgres.sh (make test)")
    with open(args.archive, encoding="utf-8") as f:
        archive = json.load(f)
    hidden = next(p for p in archive["people"] if p.get("protected") and p.get("hangul"))

    suffix = f"{random.randrange(16**6):06x}"
    database = f"kg_browser_{suffix}"
    viewer, analyst = f"kgb_viewer_{suffix}", f"kgb_analyst_{suffix}"
    team = admin.rsplit("/", 1)[0] + "/" + database
    psql(admin, f"CREATE DATABASE {database}")
    server, driver = None, None
    try:
        run(args.kingraph, "convert", "--archive", args.archive, "--to", team)
        run(args.kingraph, "users", "add", viewer, "--role", "viewer", "--archive", team, password=viewer + "-pw")
        run(args.kingraph, "users", "add", analyst, "--role", "analyst", "--archive", team, password=analyst + "-pw")
        server, address = start_server(args.kingraph, team, "--reveal-protected")
        base = address.split("?")[0]
        person = base + "person?id=" + hidden["id"]
        driver = browser(os.path.join(args.out, "downloads"))

        # The token opens only the form; a page asked for directly goes there too.
        driver.get(address)
        check(driver.title == "Sign in · KinGraph explorer", f"after the token the title is {driver.title!r}")
        check(driver.current_url.endswith("/sign-in"), f"after the token the address is {driver.current_url}")
        driver.get(person)
        check(driver.current_url.endswith("/sign-in"), f"a person page without a session is {driver.current_url}")
        check(hidden["name"] not in driver.page_source, "the form shows a protected name")

        sign_in(driver, base, viewer, "not-the-password")
        alert = wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, "p.error")), "the refusal")
        check(alert is not None and "refused the password" in alert.text, f"a wrong password says {alert and alert.text!r}")
        check(driver.find_element(By.NAME, "user").get_attribute("value") == viewer, "the form forgot the user name")
        screenshot(driver, args.out, "signin-refused")

        sign_in(driver, base, viewer, viewer + "-pw")
        wait(driver, EC.title_is("Search · KinGraph explorer"), "the viewer's search page")
        check(len(driver.find_elements(By.CSS_SELECTOR, "a.sign-out")) == 1, "no sign-out link once signed in")
        for page in [person, base + "stats", base + "api/find?name=" + hidden["name"].split()[0]]:
            driver.get(page)
            source = driver.page_source
            check(hidden["name"] not in source and hidden["hangul"] not in source,
                  f"the viewer's {page[len(base):]} holds {hidden['id']}'s name")
        driver.get(person)
        check(driver.find_elements(By.ID, "person-name") != [], "the viewer gets no person page")
        banner = driver.find_element(By.CSS_SELECTOR, "p.banner").text
        check("hides protected people from your role" in banner, f"the viewer's banner says {banner!r}")
        screenshot(driver, args.out, "signin-viewer-person")

        driver.find_element(By.CSS_SELECTOR, "a.sign-out").click()
        wait(driver, EC.title_is("Sign in · KinGraph explorer"), "the form after signing out")
        driver.get(person)
        check(driver.current_url.endswith("/sign-in"), f"after signing out a person page is {driver.current_url}")

        sign_in(driver, base, analyst, analyst + "-pw")
        wait(driver, EC.title_is("Search · KinGraph explorer"), "the analyst's search page")
        driver.get(person)
        name = driver.find_elements(By.ID, "person-name")
        check(name and name[0].text == hidden["name"], f"the analyst sees {name and name[0].text!r}")
        banner = driver.find_element(By.CSS_SELECTOR, "p.banner").text
        check("shown in full" in banner, f"the analyst's banner says {banner!r}")
        screenshot(driver, args.out, "signin-analyst-person")

        check_policy(driver)
    finally:
        stop(driver, server)
        psql(admin, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        for role in [viewer, analyst] + [f"kingraph_{database}_{r}" for r in ["admin", "editor", "analyst", "viewer"]]:
            psql(admin, f"DROP ROLE IF EXISTS {role}")
    finish("sign-in browser tests", args.out)


if __name__ == "__main__":
    main()
